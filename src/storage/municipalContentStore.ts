// The municipality's content on the tablet (the Dexie `catalog` table): replaced whole when the server's revision
// changes, read at start so texts, figures and partners work offline. The revision lives in settings.
import type { CatalogOverrideRow, SamenspraakDb } from './db';
import { readSetting, writeSetting } from './settings';

export type MunicipalContentRow = Omit<CatalogOverrideRow, 'id'>;

export interface MunicipalContentStore {
  revision(): Promise<number>;
  replaceAll(revision: number, rows: readonly MunicipalContentRow[]): Promise<void>;
  all(): Promise<MunicipalContentRow[]>;
}

export const dexieMunicipalContentStore = (db: SamenspraakDb): MunicipalContentStore => ({
  revision: async () => {
    const value = await readSetting(db, 'municipalContentRevision');
    return typeof value === 'number' ? value : 0;
  },
  replaceAll: (revision, rows) =>
    db.transaction('rw', db.catalog, db.settings, async () => {
      await db.catalog.clear();
      await db.catalog.bulkPut(rows.map((r) => ({ ...r, id: `${r.kind}|${r.language}|${r.key}` })));
      await writeSetting(db, 'municipalContentRevision', revision);
    }),
  all: async () => (await db.catalog.toArray()).map(({ id: _id, ...row }) => row),
});
