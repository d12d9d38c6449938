// Tests of matching the tablet's voices to the app's languages.
import { describe, expect, it } from 'vitest';
import {
  availabilityOf,
  canSpeakWith,
  findVoice,
  languagesWithoutVoice,
  voiceMatches,
  type VoiceInfo,
} from './voices';

const v = (lang: string, localService = true, isDefault = false, name = lang): VoiceInfo => ({
  name,
  lang,
  localService,
  default: isDefault,
});

describe('voiceMatches', () => {
  it('matches a language and its regional variants, in any notation', () => {
    expect(voiceMatches('ar-SA', 'ar')).toBe(true);
    expect(voiceMatches('ar_EG', 'ar')).toBe(true);
    expect(voiceMatches('AR', 'ar')).toBe(true);
    expect(voiceMatches('am-ET', 'ar')).toBe(false);
    expect(voiceMatches('ti-ER', 'ti')).toBe(true);
    expect(voiceMatches('tr-TR', 'ti')).toBe(false);
  });

  it('reads Dari with an Afghan Persian voice and Kurmanji with a "ku" voice, never the other way round', () => {
    expect(voiceMatches('fa-AF', 'prs')).toBe(true);
    expect(voiceMatches('fa-IR', 'prs')).toBe(false);
    expect(voiceMatches('ku-TR', 'kmr')).toBe(true);
    expect(voiceMatches('ku-TR', 'ckb')).toBe(false);
    expect(voiceMatches('ckb-IQ', 'ckb')).toBe(true);
  });
});

describe('findVoice', () => {
  it('prefers a voice on the tablet, then the default one', () => {
    const voices = [
      v('ar-SA', false, true, 'online'),
      v('ar-EG', true, false, 'local'),
      v('ar-MA', true, true, 'local default'),
    ];
    expect(findVoice(voices, 'ar')?.name).toBe('local default');
    expect(findVoice(voices, 'so')).toBeUndefined();
  });
});

describe('availabilityOf', () => {
  it('says checking until the list is known, then none', () => {
    expect(availabilityOf({ supported: true, loaded: false, voices: [] }, 'ti').kind).toBe(
      'checking',
    );
    expect(availabilityOf({ supported: true, loaded: true, voices: [] }, 'ti').kind).toBe('none');
    expect(availabilityOf({ supported: false, loaded: true, voices: [] }, 'ti').kind).toBe(
      'unsupported',
    );
    expect(
      availabilityOf({ supported: true, loaded: true, voices: [v('ti-ER', false)] }, 'ti').kind,
    ).toBe('online-only');
  });

  it('an online-only voice speaks only with network', () => {
    const online = availabilityOf(
      { supported: true, loaded: true, voices: [v('so-SO', false)] },
      'so',
    );
    expect(canSpeakWith(online, true)).toBe(true);
    expect(canSpeakWith(online, false)).toBe(false);
    expect(canSpeakWith({ kind: 'none' }, true)).toBe(false);
  });
});

describe('languagesWithoutVoice', () => {
  it('lists the languages the tablet cannot read aloud offline', () => {
    const snapshot = { supported: true, loaded: true, voices: [v('ar-SA'), v('so-SO', false)] };
    expect(languagesWithoutVoice(snapshot, ['ar', 'so', 'ti'])).toEqual(['so', 'ti']);
    expect(languagesWithoutVoice({ supported: true, loaded: false, voices: [] }, ['ti'])).toEqual(
      [],
    );
  });
});
