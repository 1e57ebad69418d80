// Which LiveAPI objects already point at which Live object. An active observer is pointed at its
// object anyway, so a get, set or call on that object can go through it instead of re-targeting the
// shared worker: one call saved each time, which is what keeps the write that ends a turn of a focused
// parameter at one call.
var byId: { [id: string]: LiveAPI[] } = {};

export function pointerAdded(id: number, api: LiveAPI): void {
  var key = String(id);
  var list = byId[key];
  if (!list) list = byId[key] = [];
  list.push(api);
}

export function pointerRemoved(id: number, api: LiveAPI): void {
  var key = String(id);
  var list = byId[key];
  if (!list) return;
  for (var i = 0; i < list.length; i++) {
    if (list[i] !== api) continue;
    list.splice(i, 1);
    break;
  }
  if (list.length === 0) delete byId[key];
}

/** An object pointed at `id` now (its object may have gone since: Live answers that with id 0). */
export function pointerAt(id: number): LiveAPI | null {
  var list = byId[String(id)];
  if (!list) return null;
  for (var i = 0; i < list.length; i++) if (Number(list[i].id) === id) return list[i];
  return null;
}
