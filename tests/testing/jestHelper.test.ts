/**
 * The jest glue of the test helper (src/testing/jest.ts, `esemu/jest` in the package), loaded here the way a
 * setup file is: it resets the default emulator before each test, adds the matchers, and after each test hands
 * on trace-listener errors. (A leak failing its test is checked end to end by tests/package/package.test.ts.)
 */
import '../../src/testing/jest';
import { configure, currentLeaks, fixture, watch } from '../../src/testing/jest';
import { createEmulator, emulator, out, JetBeginSession, JetCreateInstance, JetEndSession, JetInit, JetTerm } from '../../src';
import type { JET_INSTANCE, JET_SESID } from '../../src';

configure({ leaks: 'off' });
const extra = createEmulator();
watch(extra);

describe('esemu/jest', () => {
  it('1: a test leaves an instance and a session in both emulators', () => {
    const inst = out<JET_INSTANCE>();
    expect(JetCreateInstance(inst, 'first')).toBeJetSuccess();
    expect(JetInit(inst)).toBeJetSuccess();
    const ses = out<JET_SESID>();
    expect(JetBeginSession(inst.value, ses, '', '')).toBeJetSuccess({ warnings: false });
    expect(extra.api.JetCreateInstance(out<JET_INSTANCE>(), 'extra')).toBeJetSuccess();
    expect(currentLeaks().map((l) => l.kind)).toEqual(['instance', 'session', 'instance']);
  });

  it('2: the next test starts with both emulators clean', () => {
    expect(emulator.dump().instances).toEqual([]);
    expect(extra.dump().instances).toEqual([]);
    expect(currentLeaks()).toEqual([]);
  });

  it('3: the matchers are installed, negations included', () => {
    expect(-1104).toBeJetError('JET_errInvalidSesid');
    expect(0).not.toBeJetError('JET_errInvalidSesid');
    expect(-1104).not.toBeJetSuccess();
    expect(() => expect(-1104).toBeJetSuccess()).toThrow(/JET_errInvalidSesid/);
  });

  it('4: a clean test leaves nothing', () => {
    const inst = out<JET_INSTANCE>();
    expect(JetCreateInstance(inst, 'tidy')).toBeJetSuccess();
    expect(JetInit(inst)).toBeJetSuccess();
    const ses = out<JET_SESID>();
    expect(JetBeginSession(inst.value, ses, '', '')).toBeJetSuccess();
    expect(JetEndSession(ses.value, 0)).toBeJetSuccess();
    expect(JetTerm(inst.value)).toBeJetSuccess();
    expect(currentLeaks()).toEqual([]);
  });
});

describe('esemu/jest fixture()', () => {
  let built = 0;
  let ses = 0 as unknown as JET_SESID;
  fixture(() => {
    built += 1;
    const inst = out<JET_INSTANCE>();
    expect(JetCreateInstance(inst, 'fixture')).toBeJetSuccess();
    expect(JetInit(inst)).toBeJetSuccess();
    const box = out<JET_SESID>();
    expect(JetBeginSession(inst.value, box, '', '')).toBeJetSuccess();
    ses = box.value;
  });

  it('builds once and puts the state back before each test: a session ended here ...', () => {
    expect(built).toBe(1);
    expect(JetEndSession(ses, 0)).toBeJetSuccess();
    expect(JetEndSession(ses, 0)).toBeJetError('JET_errInvalidSesid');
  });

  it('... is alive again in the next test, and the build did not run again', () => {
    expect(built).toBe(1);
    expect(emulator.dump().instances.map((i) => i.name)).toEqual(['fixture']);
    expect(JetEndSession(ses, 0)).toBeJetSuccess();
  });
});
