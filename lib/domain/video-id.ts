/**
 * Video ids as the paper cites them: "V" followed by the video's number in the paper's
 * (unpublished) reference list, e.g. V72. No leading zeros, so each video has one id.
 */
export const VIDEO_ID_PATTERN = /^V[1-9][0-9]{0,3}$/;

export function isVideoId(value: string): boolean {
  return VIDEO_ID_PATTERN.test(value);
}

/** The number part, used to sort V3 before V20. */
export function videoNumber(id: string): number {
  if (!isVideoId(id)) throw new RangeError(`not a video id: ${id}`);
  return Number(id.slice(1));
}

export function compareVideoIds(a: string, b: string): number {
  return videoNumber(a) - videoNumber(b);
}
