// An input track on All Channels cannot tell the groups apart: Live hands a device every channel's
// MIDI as channel 1 (DESIGN.md), so a mapping whose groups own channels needs each input track set to
// one (the one-track alternative shares one channel between groups by CC ranges, and works there).
import type { MappingDocument } from "./Mapping";

/** What to tell the musician about an input track on All Channels, or undefined when the mapping works so. */
export function allChannelsWarning(mapping: MappingDocument, trackName: string): string | undefined {
  const channels = [...new Set(mapping.groups.map((group) => group.addressing.channel))];
  if (channels.length <= 1) return undefined;
  const owners = mapping.groups.map((group) => `${group.name} ${group.addressing.channel}`).join(", ");
  return `Input track "${trackName}" is on All Channels: set its input channel to a group's (${owners})`;
}
