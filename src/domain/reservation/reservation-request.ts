/** The reservation systems the planner knows, by their request id. */
export type ReservationSystemId = 'tokyo_application' | 'osaka_issuance';

export type ReservationAction = 'availability' | 'book' | 'change' | 'cancel';

/** One application in a reservation; only the fields the rules of a system ask for are needed. */
export interface ReservationCaseInput {
  procedure?: string;
  withProcedures?: string[];
  /** How the application was filed: online or at the counter. */
  channel?: 'online' | 'counter';
  examinationFinished?: boolean;
  issuanceCounter?: string;
  acquisitionReason?: 'birth' | 'loss_of_nationality' | 'other';
  applicationNumber?: string;
  /** The postcard asks the applicant to appear or names another counter. */
  applicantMustAppear?: boolean;
  /** Who filed the application compared with who receives the result (Osaka cases a–d). */
  receiptArrangement?: 'filed_myself' | 'colleague_filed' | 'applicant_filed' | 'other_agent_filed';
}

export interface ReservationFiler {
  category: string;
  credential?: { kind?: string; number?: string; expires?: string };
}

export interface ExistingReservation {
  id: string;
  date: string;
  time: string;
  cases: ReservationCaseInput[];
}

export interface ProposedBooking {
  date: string;
  time: string;
  cases: ReservationCaseInput[];
}

/** Remaining capacity of a slot as an endpoint reported it (optional). */
export interface SlotAvailability {
  date: string;
  time: string;
  remaining: number;
}

/** The request of `npm run reserve` (rules/schema/reservation-request.schema.json). */
export interface ReservationRequest {
  system: ReservationSystemId;
  action: ReservationAction;
  filer: ReservationFiler;
  existing?: ExistingReservation[];
  booking?: ProposedBooking;
  /** Id of the existing reservation to change or cancel. */
  target?: string;
  /** Indexes into the target's cases; absent or empty cancels the whole reservation. */
  cancelCases?: number[];
  availability?: SlotAvailability[];
}
