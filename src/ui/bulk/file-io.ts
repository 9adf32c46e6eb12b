/** The bytes of a picked or dropped file (FileReader where Blob.arrayBuffer is missing). */
export async function readFileBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === 'function') return new Uint8Array(await file.arrayBuffer());
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

export type SaveFile = (fileName: string, text: string, type: string) => void;

/** Offers text as a download; nothing is sent anywhere. */
export const saveTextFile: SaveFile = (fileName, text, type) => {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
};

/**
 * Makes an element accept dropped files. An attachment rather than on:drop handlers: the
 * drop area is a convenience next to the labelled file input, which stays the keyboard way.
 */
export function dropFiles(onFile: (file: File) => void, onOver: (over: boolean) => void) {
  return (element: HTMLElement) => {
    const over = (event: DragEvent) => {
      event.preventDefault();
      onOver(true);
    };
    const leave = () => onOver(false);
    const drop = (event: DragEvent) => {
      event.preventDefault();
      onOver(false);
      const file = event.dataTransfer?.files[0];
      if (file) onFile(file);
    };
    element.addEventListener('dragover', over);
    element.addEventListener('dragleave', leave);
    element.addEventListener('drop', drop);
    return () => {
      element.removeEventListener('dragover', over);
      element.removeEventListener('dragleave', leave);
      element.removeEventListener('drop', drop);
    };
  };
}
