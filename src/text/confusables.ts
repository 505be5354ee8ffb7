/**
 * UTS #39 for email addresses: the confusable skeleton (two strings that look
 * alike have the same skeleton) and the single-script test. The skeleton's
 * data is Unicode's confusables.txt through the unhomoglyph package, imported
 * only when an address is not ASCII; script data is the engine's own
 * (`\p{Script_Extensions=…}`), so nothing is loaded for it.
 */

/** skeleton(X) = NFD(prototypes of NFD(X)), per UTS #39 section 4. */
export type Skeleton = (text: string) => string;

let loading: Promise<Skeleton> | undefined;

export function skeletonOf(): Promise<Skeleton> {
  loading ??= import('unhomoglyph').then((mod) => {
    const map = (mod as { default?: (s: string) => string }).default ?? (mod as unknown as (s: string) => string);
    return (text: string) => map(text.normalize('NFD')).normalize('NFD');
  });
  return loading;
}

/** Unicode's scripts (long names, as `\p{scx=…}` takes them); Common and Inherited go with any script. */
const SCRIPTS =
  'Adlam Ahom Anatolian_Hieroglyphs Arabic Armenian Avestan Balinese Bamum Bassa_Vah Batak Bengali Bhaiksuki Bopomofo Brahmi Braille Buginese Buhid Canadian_Aboriginal Carian Caucasian_Albanian Chakma Cham Cherokee Chorasmian Coptic Cuneiform Cypriot Cypro_Minoan Cyrillic Deseret Devanagari Dives_Akuru Dogra Duployan Egyptian_Hieroglyphs Elbasan Elymaic Ethiopic Garay Georgian Glagolitic Gothic Grantha Greek Gujarati Gunjala_Gondi Gurmukhi Gurung_Khema Han Hangul Hanifi_Rohingya Hanunoo Hatran Hebrew Hiragana Imperial_Aramaic Inscriptional_Pahlavi Inscriptional_Parthian Javanese Kaithi Kannada Katakana Kawi Kayah_Li Kharoshthi Khitan_Small_Script Khmer Khojki Khudawadi Kirat_Rai Lao Latin Lepcha Limbu Linear_A Linear_B Lisu Lycian Lydian Mahajani Makasar Malayalam Mandaic Manichaean Marchen Masaram_Gondi Medefaidrin Meetei_Mayek Mende_Kikakui Meroitic_Cursive Meroitic_Hieroglyphs Miao Modi Mongolian Mro Multani Myanmar Nabataean Nag_Mundari Nandinagari New_Tai_Lue Newa Nko Nushu Nyiakeng_Puachue_Hmong Ogham Ol_Chiki Ol_Onal Old_Hungarian Old_Italic Old_North_Arabian Old_Permic Old_Persian Old_Sogdian Old_South_Arabian Old_Turkic Old_Uyghur Oriya Osage Osmanya Pahawh_Hmong Palmyrene Pau_Cin_Hau Phags_Pa Phoenician Psalter_Pahlavi Rejang Runic Samaritan Saurashtra Sharada Shavian Siddham SignWriting Sinhala Sogdian Sora_Sompeng Soyombo Sundanese Sunuwar Syloti_Nagri Syriac Tagalog Tagbanwa Tai_Le Tai_Tham Tai_Viet Takri Tamil Tangsa Tangut Telugu Thaana Thai Tibetan Tifinagh Tirhuta Todhri Toto Tulu_Tigalari Ugaritic Vai Vithkuqi Wancho Warang_Citi Yezidi Yi Zanabazar_Square'.split(' ');

let tests: [string, RegExp][] | undefined;

function scriptTests(): [string, RegExp][] {
  // A name this engine's Unicode version does not know is skipped.
  tests ??= SCRIPTS.flatMap((name): [string, RegExp][] => {
    try {
      return [[name, new RegExp(`^\\p{scx=${name}}$`, 'u')]];
    } catch {
      return [];
    }
  });
  return tests;
}

/**
 * The augmented script set of one character (UTS #39 5.1): its
 * Script_Extensions, with Han, Hiragana and Katakana as Japanese, Han and
 * Hangul as Korean, Han and Bopomofo as Han-with-Bopomofo. Undefined for a
 * character of every script (Common, Inherited).
 */
export function scriptsOf(char: string): ReadonlySet<string> | undefined {
  if (/^[A-Za-z]$/.test(char)) return new Set(['Latin']);
  if (char.codePointAt(0)! < 0x80) return undefined;
  const set = new Set(scriptTests().filter(([, re]) => re.test(char)).map(([name]) => name));
  if (set.size === 0) return undefined;
  if (set.has('Han')) for (const s of ['Japanese', 'Korean', 'Han_with_Bopomofo']) set.add(s);
  if (set.has('Hiragana') || set.has('Katakana')) set.add('Japanese');
  if (set.has('Hangul')) set.add('Korean');
  if (set.has('Bopomofo')) set.add('Han_with_Bopomofo');
  return set;
}

export interface MixedScripts {
  /** Index (UTF-16) and script of the first character that set the part's script. */
  first: { index: number; script: string };
  /** Index and script of the character that no script shares with those before it. */
  other: { index: number; script: string };
}

const shown = (scripts: ReadonlySet<string>): string => [...scripts].find((s) => !['Japanese', 'Korean', 'Han_with_Bopomofo'].includes(s))!.replace(/_/g, ' ');

/**
 * Where `text` (a local part or a domain) stops being single-script: the
 * resolved script set of UTS #39 5.1 becomes empty. Undefined when one script
 * covers it.
 */
export function mixedScripts(text: string, offset = 0): MixedScripts | undefined {
  let resolved: Set<string> | undefined;
  let first: { index: number; script: string } | undefined;
  let index = offset;
  for (const char of text) {
    const scripts = scriptsOf(char);
    if (scripts !== undefined) {
      if (resolved === undefined) {
        resolved = new Set(scripts);
        first = { index, script: shown(scripts) };
      } else {
        const next = new Set([...resolved].filter((s) => scripts.has(s)));
        if (next.size === 0) return { first: first!, other: { index, script: shown(scripts) } };
        resolved = next;
      }
    }
    index += char.length;
  }
  return undefined;
}
