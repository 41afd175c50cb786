import type { JetApi } from '../jet/api';
import { JET_instanceNil, out } from '../jet/types';
import type { JET_INSTANCE, JET_INSTANCE_INFO, JET_RSTINFO, JET_SESID, JET_SETSYSPARAM } from '../jet/types';
import { JET_ErrorInfoSpecificErr } from '../constants/constants';
import { ERRINFOBASIC_SIZE, THREADSTATS_SIZE } from '../jet/diagnosticsApi';
import type { JET_ERRINFOBASIC, JET_THREADSTATS } from '../jet/types';
import { check } from './check';
import type { JET_wrn } from './generated/enums';

/** The longest string a system parameter read hands back (esent's cbMax for JetGetSystemParameter). */
const PARAM_STRING_MAX = 1024;

/** Instance life cycle and system parameters (Api.JetCreateInstance ... Api.JetGetSystemParameter). */
export function instanceCalls(jet: JetApi) {
  return {
    /**
     * VistaApi.JetGetThreadStats (out JET_THREADSTATS); `size` 48 is Windows10Api's (out JET_THREADSTATS2), which
     * versionApis passes. esemu's counters are all 0 (docs/differences.md).
     */
    JetGetThreadStats(size: number = THREADSTATS_SIZE): JET_THREADSTATS {
      const box = out<JET_THREADSTATS>();
      check(jet.JetGetThreadStats(box, size));
      return box.value;
    },
    /** Windows8Api.JetGetErrorInfo (out JET_ERRINFOBASIC): the code's category and the categories above it. */
    JetGetErrorInfo(error: number): JET_ERRINFOBASIC {
      const box = out<JET_ERRINFOBASIC>();
      check(jet.JetGetErrorInfo(error, box, ERRINFOBASIC_SIZE, JET_ErrorInfoSpecificErr, 0));
      return box.value;
    },
    /** ManagedEsent's out int and out JET_INSTANCE_INFO[]: the array (its length is the count). */
    JetGetInstanceInfo(): JET_INSTANCE_INFO[] {
      const count = out(0);
      const list = out<JET_INSTANCE_INFO[]>([]);
      check(jet.JetGetInstanceInfo(count, list));
      return list.value;
    },
    JetCreateInstance(name: string | null): JET_INSTANCE {
      const box = out<JET_INSTANCE>();
      check(jet.JetCreateInstance(box, name));
      return box.value;
    },
    JetCreateInstance2(name: string | null, displayName: string | null, grbit: number): JET_INSTANCE {
      const box = out<JET_INSTANCE>();
      check(jet.JetCreateInstance2(box, name, displayName, grbit));
      return box.value;
    },
    /** Initialise an instance; with JET_INSTANCE.Nil (legacy single-instance mode) the new instance is returned. */
    JetInit(instance: JET_INSTANCE): JET_INSTANCE {
      const box = out(instance);
      check(jet.JetInit(box));
      return box.value;
    },
    JetInit2(instance: JET_INSTANCE, grbit: number): JET_wrn {
      return check(jet.JetInit2(out(instance), grbit));
    },
    JetInit3(instance: JET_INSTANCE, recoveryOptions: JET_RSTINFO | null, grbit: number): JET_wrn {
      return check(jet.JetInit3(out(instance), recoveryOptions, grbit));
    },
    JetTerm(instance: JET_INSTANCE): void {
      check(jet.JetTerm(instance));
    },
    JetTerm2(instance: JET_INSTANCE, grbit: number): void {
      check(jet.JetTerm2(instance, grbit));
    },
    JetStopService(): void {
      check(jet.JetStopService());
    },
    JetStopServiceInstance(instance: JET_INSTANCE): void {
      check(jet.JetStopServiceInstance(instance));
    },
    JetStopServiceInstance2(instance: JET_INSTANCE, grbit: number): void {
      check(jet.JetStopServiceInstance2(instance, grbit));
    },
    /** Returns how many of the parameters were set. */
    JetEnableMultiInstance(setSysParams: JET_SETSYSPARAM[] | null, maxParams: number): number {
      const box = out(0);
      check(jet.JetEnableMultiInstance(setSysParams, maxParams, box));
      return box.value;
    },
    /** JET_INSTANCE.Nil sets a process-wide parameter. */
    JetSetSystemParameter(
      instance: JET_INSTANCE, sesid: JET_SESID, paramid: number, paramValue: number, paramString: string | null,
    ): JET_wrn {
      const box = instance === JET_instanceNil ? null : out(instance);
      return check(jet.JetSetSystemParameter(box, sesid, paramid, paramValue, paramString));
    },
    JetGetSystemParameter(
      instance: JET_INSTANCE, sesid: JET_SESID, paramid: number, maxParam = PARAM_STRING_MAX,
    ): { paramValue: number; paramString: string; wrn: JET_wrn } {
      const value = out(0);
      const text = out('');
      const wrn = check(jet.JetGetSystemParameter(instance, sesid, paramid, value, text, maxParam));
      return { paramValue: value.value, paramString: text.value, wrn };
    },
  };
}
