// The pre-show check's rules on the input tracks (the tracks holding Protocol0 Input, as their devices
// report their channels): one on All Channels while the groups own channels (AllChannelsCheck.ts), a group
// channel no input track hears, and an input track on a channel no group of the mapping uses.
import { allChannelsWarning } from "../AllChannelsCheck";
import { ALL_CHANNELS } from "../InputChannels";
import type { MappingDocument } from "../Mapping";
import type { PreShowRule } from "./Finding";

const owners = (mapping: MappingDocument): string => mapping.groups.map((g) => `${g.name} ${g.addressing.channel}`).join(", ");

const onAllChannels: PreShowRule = ({ mapping, inputs }) =>
  inputs.flatMap(({ name, channel }) => {
    if (channel !== ALL_CHANNELS || allChannelsWarning(mapping, name) === undefined) return [];
    return [{ problem: `Input track "${name}" is on All Channels, so the groups' knobs cannot be told apart`, fix: `set its input channel to one group's (${owners(mapping)}) and give each other group its own input track` }];
  });

const channelsNotHeard: PreShowRule = ({ mapping, inputs }) => {
  const heard = new Set(inputs.map((input) => input.channel));
  // A lone input track on All Channels hears every channel: the mapping then shares one channel (ccRange).
  if (heard.has(ALL_CHANNELS) && new Set(mapping.groups.map((g) => g.addressing.channel)).size <= 1) return [];
  return mapping.groups
    .filter((group) => !heard.has(group.addressing.channel))
    .map((group) => ({
      problem: `No input track hears channel ${group.addressing.channel}, so the ${group.name} knobs do nothing`,
      fix: `add a MIDI track with input FaderFox EC4, channel Ch. ${group.addressing.channel}, monitoring In, and Protocol0 Input on it`,
    }));
};

const channelsNoGroupOwns: PreShowRule = ({ mapping, inputs }) => {
  const used = new Set(mapping.groups.map((group) => group.addressing.channel));
  return inputs
    .filter(({ channel }) => channel !== ALL_CHANNELS && !used.has(channel))
    .map(({ name, channel }) => ({
      problem: `Input track "${name}" hears EC4 channel ${channel}, which no group of the mapping owns`,
      fix: `set it to a group's channel (${owners(mapping)}) or delete the track`,
    }));
};

export const inputRules: readonly PreShowRule[] = [onAllChannels, channelsNotHeard, channelsNoGroupOwns];
