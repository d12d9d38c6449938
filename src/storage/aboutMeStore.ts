// The consultant's "about me" words (name, work, what she likes), kept on the tablet in settings.
import type { SamenspraakDb } from './db';
import { readSetting, writeSetting } from './settings';

export interface AboutMe {
  name: string;
  work?: string;
  likes: { likeId?: string; text?: string }[];
}

export const loadAboutMe = async (db: SamenspraakDb): Promise<AboutMe | null> =>
  (await readSetting(db, 'aboutMe')) ?? null;

export const saveAboutMe = async (db: SamenspraakDb, aboutMe: AboutMe): Promise<void> => {
  await writeSetting(db, 'aboutMe', aboutMe);
};
