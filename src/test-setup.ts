// Test setup: a fresh in-memory IndexedDB for every test file, and DOM waits (findBy…, waitFor) that allow for a
// loaded machine: on two cores running every test file in parallel, a first render can take longer than the
// testing library's default second (a screen that never shows still fails, after 5 s).
import 'fake-indexeddb/auto';
import { configure } from '@testing-library/react';

configure({ asyncUtilTimeout: 5000 });
