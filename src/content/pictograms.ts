// Semantic pictogram names → OpenMoji (CC BY-SA 4.0) file names in public/pictograms.
// scripts/copy-pictograms.ts copies exactly these files from the openmoji package.

export const PICTOGRAMS = {
  family: '1F468-200D-1F469-200D-1F467-200D-1F466',
  couple: '1F491',
  personAlone: '1F9CD',
  airplane: '2708',
  globe: '1F30D',
  baby: '1F476',
  child: '1F9D2',
  adult: '1F9D1',
  olderPerson: '1F9D3',
  student: '1F9D1-200D-1F393',
  school: '1F3EB',
  backpack: '1F392',
  home: '1F3E0',
  yes: '2705',
  no: '274C',
  unsure: '1F914',
  question: '2753',
  speakingHead: '1F5E3',
  preferNot: '1F910',
  later: '231B',
  notUnderstood: '1F615',
  speaker: '1F50A',
  health: '1FA7A',
  money: '1F4B6',
  work: '1F9F0',
  briefcase: '1F4BC',
  hobbies: '1F3A8',
  handshake: '1F91D',
  future: '1F331',
  conversation: '1F4AC',
  settings: '2699',
  lock: '1F512',
  parentsWithChild: '1F9D1-200D-1F9D1-200D-1F9D2',
  siblings: '1F46B',
  childcare: '1F9F8',
  parentWithChild: '1F468-200D-1F467',
  people: '1F465',
  add: '2795',
  search: '1F50D',
  walking: '1F6B6',
  houses: '1F3D8',
  faceGood: '1F642',
  faceNeutral: '1F610',
  faceWorried: '1F61F',
} as const;

export type PictogramName = keyof typeof PICTOGRAMS;

export const pictogramUrl = (name: string): string => {
  const file = (PICTOGRAMS as Record<string, string>)[name];
  if (!file) throw new Error(`Unknown pictogram "${name}"`);
  return `/pictograms/${file}.svg`;
};

export const isPictogram = (name: string): name is PictogramName => name in PICTOGRAMS;
