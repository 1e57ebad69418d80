// What the input device forwards to the main device: `midi <channel> <status> <d1> <d2>`, with the
// real channel as its own atom because Live folds the bytes' channel to 1 (DESIGN.md).
export type Tagged = [string, number, number, number, number];

export const noteOn = (channel: number, note: number, velocity = 127): Tagged => ["midi", channel, 0x90, note, velocity];
export const noteOff = (channel: number, note: number): Tagged => ["midi", channel, 0x80, note, 0];
export const controlChange = (channel: number, cc: number, value: number): Tagged => ["midi", channel, 0xb0, cc, value];
