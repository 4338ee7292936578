import type { ClaimDefinition } from './types';
import { h1PostCadence } from './h1-post-cadence';
import { h2ReplyTime } from './h2-reply-time';
import { h3InformalTone } from './h3-informal-tone';
import { h4LocalPride } from './h4-local-pride';
import { h5DuForm } from './h5-du-form';
import { h6PraiseOthers } from './h6-praise-others';
import { h7OperationalNotices } from './h7-operational-notices';
import { h8PurposeAndRules } from './h8-purpose-and-rules';
import { h9Availability } from './h9-availability';
import { h10Dialogue } from './h10-dialogue';

/** The ten claims in the report's order (H1 … H10). */
export const ALL_CLAIMS: readonly ClaimDefinition[] = [
  h1PostCadence, h2ReplyTime, h3InformalTone, h4LocalPride, h5DuForm,
  h6PraiseOthers, h7OperationalNotices, h8PurposeAndRules, h9Availability, h10Dialogue,
];
