// The consultant's "about me" words (name, work, what she likes), kept on the tablet in settings.
import type { SamenspraakDb } from './db';

export interface AboutMe {
  name: string;
  work?: string;
  likes: { likeId?: string; text?: string }[];
}

const KEY = 'aboutMe';

export const loadAboutMe = async (db: SamenspraakDb): Promise<AboutMe | null> =>
  ((await db.settings.get(KEY))?.value as AboutMe | undefined) ?? null;

export const saveAboutMe = async (db: SamenspraakDb, aboutMe: AboutMe): Promise<void> => {
  await db.settings.put({ key: KEY, value: aboutMe });
};
