import type { CommandSpec } from '../spec.js';
import { annotateCommand } from './annotate.js';
import { demoCommand } from './demo.js';
import { dictCommand } from './dict.js';
import { eventsCommand } from './events.js';
import { exportCommand } from './export.js';
import { ingestCommand, reprocessCommand } from './ingest.js';
import { reviewCommand } from './review.js';

/** Every command; the README must document each (a test checks). */
export const COMMANDS: CommandSpec[] = [ingestCommand, annotateCommand, exportCommand, eventsCommand, reviewCommand, reprocessCommand, dictCommand, demoCommand];
