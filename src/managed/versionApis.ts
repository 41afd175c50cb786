import { Api } from './api';
import type { ManagedApi } from './api';
import { THREADSTATS2_SIZE } from '../jet/diagnosticsApi';
import { EsentErrorException } from './esentErrorException';

/**
 * ManagedEsent keeps calls newer than Windows XP in classes named after the Windows version that brought them
 * (Server2003Api, VistaApi, Windows7Api, Windows8Api, Windows10Api). esemu has no version gating; these are the same functions under those
 * names, so code ports without edits.
 */
export function versionApis(api: ManagedApi) {
  return {
    Server2003Api: {
      JetUpdate2: api.JetUpdate2,
    },
    VistaApi: {
      JetInit3: api.JetInit3,
      JetOpenTemporaryTable: api.JetOpenTemporaryTable,
      JetGetRecordSize: api.JetGetRecordSize,
      JetGetThreadStats: () => api.JetGetThreadStats(),
      JetGetColumnInfo: api.JetGetColumnInfo,
      JetGetTableColumnInfo: api.JetGetTableColumnInfo,
    },
    Windows7Api: {
      JetPrereadKeys: api.JetPrereadKeys,
    },
    Windows8Api: {
      JetBeginTransaction3: api.JetBeginTransaction3,
      JetCommitTransaction2: api.JetCommitTransaction2,
      JetStopServiceInstance2: api.JetStopServiceInstance2,
      JetOpenTemporaryTable2: api.JetOpenTemporaryTable2,
      JetGetSessionParameter: api.JetGetSessionParameter,
      JetSetSessionParameter: api.JetSetSessionParameter,
      JetSetCursorFilter: api.JetSetCursorFilter,
      JetPrereadIndexRanges: api.JetPrereadIndexRanges,
      JetCreateIndex4: api.JetCreateIndex4,
      JetCreateTableColumnIndex4: api.JetCreateTableColumnIndex4,
      /**
       * As JetPrereadIndexRanges, but an error is not thrown: the number of ranges preread, or null where
       * ManagedEsent answers false (the call's code was an error).
       */
      JetTryPrereadIndexRanges: (...args: Parameters<ManagedApi['JetPrereadIndexRanges']>): number | null => {
        try {
          return api.JetPrereadIndexRanges(...args);
        } catch (error) {
          if (error instanceof EsentErrorException) return null;
          throw error;
        }
      },
      JetGetErrorInfo: api.JetGetErrorInfo,
    },
    Windows10Api: {
      JetGetSessionParameter: api.JetGetSessionParameter,
      JetSetSessionParameter: api.JetSetSessionParameter,
      /** out JET_THREADSTATS2: the counters of JET_THREADSTATS and the cache-miss ones after them. */
      JetGetThreadStats: () => api.JetGetThreadStats(THREADSTATS2_SIZE),
    },
  };
}

/** The version classes over the default Api. */
export const { Server2003Api, VistaApi, Windows7Api, Windows8Api, Windows10Api } = versionApis(Api);
