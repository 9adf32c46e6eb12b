import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { PersistenceService } from '../../src/storage/persistence';
import { testStorage } from './helpers';

describe('SettingsRepository', () => {
  it('stores typed values by key and removes them', async () => {
    const { settings } = testStorage();
    expect(await settings.get('language')).toBeUndefined();
    await settings.set('language', 'en');
    await settings.set('endpointUrl', 'https://example.org/check');
    expect(await settings.get('language')).toBe('en');
    expect(await settings.all()).toEqual({
      language: 'en',
      endpointUrl: 'https://example.org/check',
    });
    await settings.remove('language');
    expect(await settings.get('language')).toBeUndefined();
  });
});

describe('PersistenceService', () => {
  it('reports granted, denied, already persisted and unsupported', async () => {
    const estimate = async () => ({ usage: 10, quota: 100 });
    const granted = new PersistenceService({
      persist: async () => true,
      persisted: async () => false,
      estimate,
    });
    expect(await granted.request()).toEqual({ result: 'granted', usage: 10, quota: 100 });
    const denied = new PersistenceService({ persist: async () => false });
    expect(await denied.request()).toEqual({ result: 'denied' });
    const already = new PersistenceService({
      persist: async () => true,
      persisted: async () => true,
    });
    expect((await already.request()).result).toBe('persisted');
    expect((await new PersistenceService(undefined).request()).result).toBe('unsupported');
    const throwing = new PersistenceService({
      persist: async () => Promise.reject(new Error('no')),
    });
    expect((await throwing.request()).result).toBe('denied');
  });
});
