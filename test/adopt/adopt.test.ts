/**
 * adopt over real files (loaded as the CLI loads them) and hand-made live
 * state: what it writes where, what it leaves alone, and that the files it
 * writes plan empty against the same live state.
 */
import { structuredPatch } from 'diff';
import { describe, expect, it } from 'vitest';
import { yaml } from '../config/helpers.js';
import { liveOf, loadFolder, planAfter, runAdopt, type LiveSpec } from './support.js';

const WS = 'asana/workspace:Acme Corp';
const TEAM = `${WS}/team:Platform`;
const ROADMAP = `${TEAM}/project:Roadmap`;
const RESEARCH = 'dreadnode/org:acme/workspace:research';
const LAB = 'dreadnode/org:acme/workspace:lab';

const asanaFile = yaml(
  'version: 1',
  'groups:',
  '  eng: [gina@acme.com, hal@acme.com]   # engineering',
  '',
  "# Acme's workspace",
  'asana:',
  '  workspaces:',
  '    - workspace: Acme Corp',
  '      members: [alice@acme.com]   # founders',
  '',
  '      teams:',
  '        - team: Platform   # the platform team',
  '          members:',
  '            - carol@acme.com   # lead',
  "            - 'dan@acme.com'",
  '            - group:eng',
  '          projects:',
  '            - project: "Roadmap"',
  '              admin: [carol@acme.com]',
  '              commenter: [dan@acme.com, erin@acme.com, gone@acme.com]',
);
const dreadnodeFile = yaml(
  'version: 1',
  'dreadnode:',
  '  organizations:',
  '    - org: acme',
  '      workspaces:',
  '        - workspace: research',
  '          owner:',
  '            - alice@acme.com',
  '          reader: [ bob@acme.com ]   # read-only',
  '',
  '        - workspace: lab',
  '          owner: [alice@acme.com]',
);

/** Hand-made drift: added by hand, levels raised by hand, removed by hand. */
const drift: LiveSpec = {
  [WS]: { 'alice@acme.com': '', 'carol@acme.com': '', 'dan@acme.com': '', 'erin@acme.com': '', 'gina@acme.com': '', 'hal@acme.com': '', 'hand@acme.com': '', 'kim@acme.com': '', 'zed@outside.org': { marks: ['guest'] }, 'guest@outside.org': { marks: ['guest'] } },
  [TEAM]: { 'carol@acme.com': '', 'dan@acme.com': '', 'gina@acme.com': '', 'hand@acme.com': '', 'guest@outside.org': { marks: ['guest'] } },
  [ROADMAP]: { 'carol@acme.com': 'admin', 'dan@acme.com': 'editor', 'erin@acme.com': 'commenter', 'kim@acme.com': 'editor' },
  [RESEARCH]: { 'alice@acme.com': 'owner', 'bob@acme.com': 'reader', 'newbie@acme.com': 'contributor' },
  [LAB]: { 'alice@acme.com': 'owner', 'lena@acme.com': 'reader' },
};

const files = { 'org/asana.yaml': asanaFile, 'org/dreadnode.yaml': dreadnodeFile };

/** The old file's lines that the patch changes (context 0). */
function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const patch = structuredPatch('a', 'b', before, after, undefined, undefined, { context: 0 });
  const lines = patch.hunks.flatMap((h) => h.lines);
  return { removed: lines.filter((l) => l.startsWith('-')).map((l) => l.slice(1)), added: lines.filter((l) => l.startsWith('+')).map((l) => l.slice(1)) };
}

describe('adopt', () => {
  it('writes each drifted member into the list of their place and level, and the files then plan empty with nothing unmanaged', async () => {
    const loaded = await loadFolder(files);
    const live = liveOf(loaded.desired, drift);
    const result = runAdopt(loaded, live, { includeMissing: true });
    const asana = result.texts.get([...result.texts.keys()].find((f) => f.endsWith('asana.yaml'))!)!;
    const dreadnode = result.texts.get([...result.texts.keys()].find((f) => f.endsWith('dreadnode.yaml'))!)!;
    expect(asana).toContain('      members: [alice@acme.com, zed@outside.org]   # founders\n');
    expect(asana).toContain("            - group:eng\n            - guest@outside.org # guest\n            - hand@acme.com\n          projects:\n");
    expect(asana).toContain('              admin: [carol@acme.com]\n              editor: [dan@acme.com, kim@acme.com]\n              commenter: [erin@acme.com]\n');
    expect(dreadnode).toContain('          owner:\n            - alice@acme.com\n          contributor:\n            - newbie@acme.com\n          reader: [ bob@acme.com ]   # read-only\n');
    expect(dreadnode).toContain('          owner: [alice@acme.com]\n          reader: [lena@acme.com]\n');
    // kim is adopted into Roadmap, which implies the workspace: not also added there.
    expect(asana.match(/kim@acme\.com/g)).toHaveLength(1);
    // hal comes from group:eng and is not live in the team: reported with the group's line, the group untouched.
    expect(result.notAdopted).toContainEqual({ placeKey: TEAM, user: 'hal@acme.com', why: expect.stringMatching(/^not live, listed through group:eng at .*asana\.yaml:16: edit the group by hand$/) });
    expect(asana).toContain('  eng: [gina@acme.com, hal@acme.com]   # engineering\n');

    const after = await planAfter(loaded.dir, result, live);
    expect(after.plan.changes).toEqual([{ action: 'add', user: 'hal@acme.com', place: expect.objectContaining({ key: TEAM }) }].map((c) => expect.objectContaining(c)));
    expect(after.plan.summary.unmanaged).toBe(0);
  });

  it('changes no line outside its hunks: every removed line held an entry it moved or took out, or a flow list it extended', async () => {
    const loaded = await loadFolder(files);
    const result = runAdopt(loaded, liveOf(loaded.desired, drift), { includeMissing: true });
    const users = new Set(result.adopted.map((a) => a.user));
    for (const [file, text] of result.texts) {
      const before = loaded.texts.get(file)!;
      const { removed, added } = changedLines(before, text);
      const strip = (line: string): string => {
        let out = line;
        for (const u of users) out = out.replace(`, ${u}`, '').replace(`${u}, `, '').replace(u, '');
        return out;
      };
      for (const line of removed) {
        const tookOut = [...users].some((u) => line.includes(u)) && !added.some((a) => strip(a) === strip(line));
        expect(tookOut || added.some((a) => strip(a) === strip(line)), `${file}: - ${line}`).toBe(true);
      }
      for (const line of added) {
        const fresh = [...users].some((u) => line.includes(u)) || /^\s*(editor|contributor|reader):$/.test(line);
        expect(fresh || removed.some((r) => strip(r) === strip(line)), `${file}: + ${line}`).toBe(true);
      }
      // Every comment and blank line is still there, in order.
      const kept = (t: string) => t.split('\n').filter((l) => l.trim() === '' || l.includes('#'));
      expect(kept(text).map((l) => l.replace(/(\[|, )[^\]]*\]/, ''))).toEqual(expect.arrayContaining(kept(before).map((l) => l.replace(/(\[|, )[^\]]*\]/, ''))));
      expect(text.split('\n').filter((l) => l.trim() === '').length).toBe(before.split('\n').filter((l) => l.trim() === '').length);
    }
  });

  it('narrows to --only and --place', async () => {
    const loaded = await loadFolder(files);
    const live = liveOf(loaded.desired, drift);
    const levels = runAdopt(loaded, live, { only: ['levels'] });
    expect(levels.adopted.map((a) => [a.kind, a.user, a.fromLevel, a.level])).toEqual([['levels', 'dan@acme.com', 'commenter', 'editor']]);
    const lab = runAdopt(loaded, live, { places: [LAB] });
    expect(lab.adopted.map((a) => [a.placeKey, a.user, a.level])).toEqual([[LAB, 'lena@acme.com', 'reader']]);
    expect(runAdopt(loaded, live, { only: ['unmanaged'] }).adopted.some((a) => a.kind === 'missing')).toBe(false);
    // Missing members are taken out only with includeMissing.
    expect(runAdopt(loaded, live).adopted.some((a) => a.kind === 'missing')).toBe(false);
  });

  it('does not edit a place declared through an anchor, reports it with its line, and adopts the rest', async () => {
    const loaded = await loadFolder({
      'a.yaml': yaml(
        'version: 1',
        'dreadnode:',
        '  organizations:',
        '    - org: acme',
        '      workspaces:',
        '        - &base',
        '          workspace: research',
        '          owner: [alice@acme.com]',
        '        - workspace: lab',
        '          owner: [alice@acme.com]',
      ),
    });
    const live = liveOf(loaded.desired, { [RESEARCH]: { 'alice@acme.com': 'owner', 'x@acme.com': 'reader' }, [LAB]: { 'alice@acme.com': 'owner', 'y@acme.com': 'reader' } });
    const result = runAdopt(loaded, live);
    expect(result.adopted.map((a) => a.user)).toEqual(['y@acme.com']);
    expect(result.notAdopted).toEqual([{ placeKey: RESEARCH, user: 'x@acme.com', why: expect.stringMatching(/^the place at .*a\.yaml:7 is declared through an anchor, alias or merge key: not edited$/) }]);
  });

  it('never writes in a revoked, expired or protected user, and says where they are held', async () => {
    const loaded = await loadFolder(files);
    const desired = structuredClone(loaded.desired);
    const source = { file: 'people.yaml', line: 4, col: 5 };
    desired.revoked = [{ email: 'hand@acme.com', source }];
    desired.protected = [{ email: 'zed@outside.org', source: { ...source, line: 9 } }];
    // dan's Roadmap grant ended yesterday: his raised level is not adopted.
    const roadmap = desired.places.find((p) => p.place.key === ROADMAP)!;
    for (const r of roadmap.members.find((m) => m.email === 'dan@acme.com')!.reasons) r.until = '2026-12-06';
    const result = runAdopt({ desired, texts: loaded.texts }, liveOf(desired, drift));
    expect(result.notAdopted).toEqual(
      expect.arrayContaining([
        { placeKey: TEAM, user: 'hand@acme.com', why: 'live but revoked at people.yaml:4: not adopted' },
        { placeKey: WS, user: 'zed@outside.org', why: 'live but protected at people.yaml:9: not adopted' },
        { placeKey: ROADMAP, user: 'dan@acme.com', why: expect.stringMatching(/^live but expired at .*asana\.yaml:20 \(until 2026-12-06\): not adopted$/) },
      ]),
    );
    expect(result.adopted.map((a) => a.user)).not.toEqual(expect.arrayContaining(['hand@acme.com']));
    expect(result.adopted.some((a) => ['hand@acme.com', 'zed@outside.org', 'dan@acme.com'].includes(a.user))).toBe(false);
    // A grant that ends today has not expired.
    for (const r of roadmap.members.find((m) => m.email === 'dan@acme.com')!.reasons) r.until = '2026-12-07';
    expect(runAdopt({ desired, texts: loaded.texts }, liveOf(desired, drift)).adopted.some((a) => a.user === 'dan@acme.com')).toBe(true);
  });

  it("leaves the token's own user and members the file cannot name", async () => {
    const loaded = await loadFolder(files);
    const live = liveOf(loaded.desired, { [TEAM]: { 'carol@acme.com': '', 'dan@acme.com': '', 'gina@acme.com': '', 'hal@acme.com': '', 'bot@acme.com': '' } });
    live.self = [{ provider: 'asana', email: 'bot@acme.com' }];
    live.places.find((p) => p.place.key === TEAM)!.members.push({ email: 'gid:42', userId: '42', unnamed: true });
    const result = runAdopt(loaded, live, { places: [TEAM] });
    expect(result.adopted).toEqual([]);
    expect(result.notAdopted).toEqual([{ placeKey: TEAM, user: 'gid:42', why: 'live, but the file cannot name them (no visible email): not adopted' }]);
  });
});
