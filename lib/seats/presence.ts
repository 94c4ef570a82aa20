/** Presence is written at most this often per session (pages send a heartbeat once a minute). */
export const PRESENCE_RESOLUTION_SECONDS = 60;
export const PRESENCE_RESOLUTION_MS = PRESENCE_RESOLUTION_SECONDS * 1000;
