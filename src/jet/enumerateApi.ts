import { enumerateColumns, EnumRequest } from '../engine/enumerateColumns';
import { arrayArg, grbitArg, objectArg, outArg, sizeArg, columnidArg } from './args';
import { cursorOf } from './handles';
import { apiFunction, Host } from './host';
import type { JET_ENUMCOLUMN, JET_ENUMCOLUMNID, JET_SESID, JET_TABLEID, Out } from './types';

/** The requested columns: each a struct with a column id and, when ctagSequence is not 0, that many itagSequences. */
function requestsOf(count: number, list: unknown): EnumRequest[] | null {
  if (count === 0) return null;
  const items = arrayArg<JET_ENUMCOLUMNID>(list, count);
  const out: EnumRequest[] = [];
  for (let i = 0; i < count; i++) {
    const item = objectArg<JET_ENUMCOLUMNID>(items[i]);
    const columnid = columnidArg(item.columnid);
    const ctag = item.ctagSequence === undefined ? 0 : sizeArg(item.ctagSequence);
    let tags: number[] | null = null;
    if (ctag > 0) {
      const given = arrayArg<number>(item.rgtagSequence, ctag);
      tags = [];
      for (let j = 0; j < ctag; j++) tags.push(sizeArg(given[j]));
    }
    out.push({ columnid, tags });
  }
  return out;
}

/**
 * JetEnumerateColumns. esent.h's pfnRealloc and pvReallocContext are how a C
 * caller hands the engine its allocator; here every array and value is a new
 * JavaScript object (each value a Uint8Array of its own), so neither is read.
 */
export function enumerateApi(host: Host) {
  return {
    JetEnumerateColumns: apiFunction(host, 'JetEnumerateColumns',
      (e, sesid: JET_SESID, tableid: JET_TABLEID, cEnumColumnId: number, rgEnumColumnId: JET_ENUMCOLUMNID[] | null,
        pcEnumColumn: Out<number>, prgEnumColumn: Out<JET_ENUMCOLUMN[] | null>, pfnRealloc: unknown, pvReallocContext: unknown,
        cbDataMost: number, grbit: number) => {
        const c = cursorOf(e, sesid, tableid);
        const requests = requestsOf(sizeArg(cEnumColumnId), rgEnumColumnId);
        const count = outArg<number>(pcEnumColumn);
        const columns = outArg<JET_ENUMCOLUMN[] | null>(prgEnumColumn);
        void pfnRealloc;
        void pvReallocContext;
        const most = sizeArg(cbDataMost);
        const bits = grbitArg(grbit);
        // fldenum.cxx: the outputs are emptied before anything is checked, and stay empty on failure.
        count.value = 0;
        columns.value = null;
        const result = enumerateColumns(e, c, requests, most, bits);
        count.value = result.columns.length;
        columns.value = result.columns as JET_ENUMCOLUMN[];
        return result.code;
      }),
  };
}
