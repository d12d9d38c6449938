// Tests of schema migration: old docs open on a new app; newer docs are refused plainly.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readCase } from './caseDoc';
import { CURRENT_SCHEMA_VERSION, metaMap, profileMap, schemaVersionOf } from './schema';
import { createCase } from './commands';
import { migrateCaseDoc } from './migrations';

describe('migrateCaseDoc', () => {
  it('lifts a version-0 doc (no schemaVersion) to the current version and keeps its data', () => {
    const doc = new Y.Doc();
    metaMap(doc).set('id', 'old');
    profileMap(doc).set('name', 'Samira');
    expect(migrateCaseDoc(doc)).toBe(true);
    expect(schemaVersionOf(doc)).toBe(CURRENT_SCHEMA_VERSION);
    expect(readCase(doc).profile.name).toBe('Samira');
  });

  it('leaves a current doc and an empty doc untouched', () => {
    const doc = new Y.Doc();
    expect(migrateCaseDoc(doc)).toBe(false);
    createCase(doc, { id: 'c', name: 'A', language: 'ar', now: '2026-01-01T00:00:00Z' });
    expect(migrateCaseDoc(doc)).toBe(false);
  });

  it('refuses a doc from a newer app with a clear error', () => {
    const doc = new Y.Doc();
    metaMap(doc).set('id', 'x');
    metaMap(doc).set('schemaVersion', 99);
    expect(() => migrateCaseDoc(doc)).toThrowError(/newer app/);
  });
});
