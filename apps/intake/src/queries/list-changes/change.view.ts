/** One item of GET /complaints/changes: a timeline entry or a status step (`status.changed`) of one complaint. */
export interface ChangeView {
  /** This client system's feed position: 1, 2, 3... with no gaps. */
  position: string;
  complaintId: string;
  type: string;
  at: string;
  summary: string;
  details: Record<string, unknown>;
}

export interface ChangesPage {
  items: ChangeView[];
  /** Pass as `after` next time: the last item's position, or the `after` given when there was nothing new. */
  nextCursor: string;
  /** Whether more changes are waiting right now (ask again at once) rather than none yet (poll later). */
  hasMore: boolean;
}
