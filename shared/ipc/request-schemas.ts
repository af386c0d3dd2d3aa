/**
 * Runtime validation for every invoke channel's request, used by the back end
 * before a handler sees the payload. A channel with no payload accepts only
 * `undefined`, so a renderer cannot smuggle data through it.
 *
 * This map is also the contract's list of invoke channels, and each request
 * type is `z.infer` of its schema (./contract.ts): adding a channel starts here.
 */
import { z } from 'zod'
import { AdGroupSchema, AdSchema, CampaignSchema, IdSchema } from '../domain/entity-schemas'
import { KINDS } from '../domain/entity-kinds'
import { SmartPlusAdGroupSchema, SmartPlusAdSchema, SmartPlusCampaignSchema } from '../domain/smart-plus/index'
import { AdvertiserIdSchema, SettingsPatchSchema } from '../settings/settings-schema'
import { CreativeResultsRequestSchema, ResultsCancelSchema, ResultsRequestSchema } from '../results/results-request-schema'
import { CUSTOM_IDENTITY_MODES, SandboxFaultRuleSchema, SandboxIdempotencyModeSchema } from '../domain/sandbox-faults'
import type { FieldIssue } from './result'
import { MAX_INPUT_FILE_BYTES } from '../domain/input-files'
import { AudienceSchema, CustomerFileAudienceSchema } from '../audiences/schemas'
import { isHashedCustomerFile } from '../audiences/customer-file'
import { SignatureSchema } from '../creatives/creative'

const none = z.undefined({ error: 'This call takes no payload.' })

const kind = z.enum(KINDS)
const target = z.object({ kind, id: IdSchema }).strict()
const targets = z.array(target).min(1, 'Select at least one item.').max(100_000)
const label = z.string().max(200).optional()
/** Any subset of an entity's fields; `null` clears an optional field and is refused for a required one. */
type PatchShape<S extends z.ZodRawShape> = { [K in keyof S]: S[K] extends z.ZodOptional ? z.ZodNullable<S[K]> : S[K] }
const patchFields = <S extends z.ZodRawShape>(schema: z.ZodObject<S>) =>
  z
    .object(
      // Typed by hand because Object.fromEntries loses the keys; contract-types.test.ts checks the result equals EntityPatch.
      Object.fromEntries(
        Object.entries(schema.shape).map(([key, field]) => [key, field instanceof z.ZodOptional ? field.nullable() : field]),
      ) as PatchShape<S>,
    )
    .partial()
    .strict()

const patch = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('campaign'), id: IdSchema, fields: patchFields(CampaignSchema) }).strict(),
  z.object({ kind: z.literal('adgroup'), id: IdSchema, fields: patchFields(AdGroupSchema) }).strict(),
  z.object({ kind: z.literal('ad'), id: IdSchema, fields: patchFields(AdSchema) }).strict(),
  z.object({ kind: z.literal('smart_plus_campaign'), id: IdSchema, fields: patchFields(SmartPlusCampaignSchema) }).strict(),
  z.object({ kind: z.literal('smart_plus_adgroup'), id: IdSchema, fields: patchFields(SmartPlusAdGroupSchema) }).strict(),
  z.object({ kind: z.literal('smart_plus_ad'), id: IdSchema, fields: patchFields(SmartPlusAdSchema) }).strict(),
])

export const EditSchema = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('create'),
      campaigns: z.array(CampaignSchema).optional(),
      adgroups: z.array(AdGroupSchema).optional(),
      ads: z.array(AdSchema).optional(),
      smartPlusCampaigns: z.array(SmartPlusCampaignSchema).optional(),
      smartPlusAdgroups: z.array(SmartPlusAdGroupSchema).optional(),
      smartPlusAds: z.array(SmartPlusAdSchema).optional(),
      label,
    })
    .strict(),
  z.object({ type: z.literal('update'), patches: z.array(patch).min(1).max(100_000), label }).strict(),
  z.object({ type: z.literal('delete'), targets, label }).strict(),
  z
    .object({
      type: z.literal('duplicate'),
      targets: z
        .array(z.object({ kind: z.enum(['campaign', 'adgroup', 'smart_plus_campaign', 'smart_plus_adgroup']), id: IdSchema }).strict())
        .min(1),
      nameSuffix: z.string().max(50).optional(),
      label,
    })
    .strict(),
  z.object({ type: z.literal('revert'), targets, label }).strict(),
  z.object({ type: z.literal('convert-to-smart-plus'), campaignId: IdSchema, label }).strict(),
])

const loginId = z.string().regex(/^[a-z0-9-]{1,40}$/, 'That is not a login of this connection.')
const tokenProfile = z.enum(['tiktok-sandbox', 'production'], { error: 'Tokens are for the TikTok sandbox or production.' })
const advertiser = z.object({ advertiserId: AdvertiserIdSchema }).strict()
const format = z.enum(['csv', 'json'], { error: 'Format must be csv or json.' })
const fileContent = z.string().max(MAX_INPUT_FILE_BYTES, `That file is too large to import (${MAX_INPUT_FILE_BYTES / 1024 / 1024} MB at most).`)

export const REQUEST_SCHEMAS = {
  'app:info': none,
  'settings:get': none,
  'settings:update': SettingsPatchSchema,
  'accounts:list': none,
  'status:get': none,
  'shell:open-external': z.object({ url: z.string().max(2048, 'That link is too long to open.') }).strict(),
  'account:open': advertiser,
  'account:edit': advertiser.extend({ edit: EditSchema }).strict(),
  'account:undo': advertiser,
  'account:redo': advertiser,
  'account:export': advertiser.extend({ format }).strict(),
  'account:import-preview': advertiser.extend({ format, content: fileContent }).strict(),
  'account:import-apply': advertiser.extend({ format, content: fileContent, validRowsOnly: z.boolean() }).strict(),
  'account:baseline': advertiser.extend({ kind, id: IdSchema }).strict(),
  'account:profile': advertiser.strict(),
  'app:restart-to-update': none,
  'results:get': ResultsRequestSchema,
  'results:refresh': ResultsRequestSchema,
  'results:cancel': ResultsCancelSchema,
  'results:creatives': CreativeResultsRequestSchema,
  /** `confirmation`: the go-ahead from a previous answer that said what the download would remove or overwrite. */
  'sync:download': advertiser.extend({ confirmation: z.string().max(100).optional() }).strict(),
  'audiences:list': advertiser,
  /** A rule-based or lookalike audience drafted here (or one TikTok has, edited); a customer file goes through the next channel. */
  'audiences:save': advertiser
    .extend({ audience: AudienceSchema.refine((a) => a.audience_type !== 'CUSTOMER_FILE', 'Save a customer file with its hashed file.') })
    .strict(),
  /** A customer-file audience with the file as hashed on this machine; the raw file is refused (never stored). */
  'audiences:save-customer-file': advertiser
    .extend({
      audience: CustomerFileAudienceSchema,
      hashed: z
        .string()
        .max(MAX_INPUT_FILE_BYTES, 'That hashed file is too large.')
        .refine(isHashedCustomerFile, 'This is not a hashed customer file (SHA-256 digests under TikTok’s column names): hash the file first.'),
    })
    .strict(),
  'sync:check': advertiser,
  /** `startPaused`: new campaigns that would start enabled are paused first (an undoable edit), so nothing starts spending unasked. */
  'sync:post': z.object({ advertiserId: AdvertiserIdSchema, startPaused: z.boolean().optional() }).strict(),
  'sync:cancel': advertiser,
  'sync:resolve-conflict': advertiser.extend({ kind, id: IdSchema, keep: z.enum(['mine', 'theirs'], { error: 'Choose mine or theirs.' }) }).strict(),
  'sync:state': advertiser,
  'connection:save-token': z
    .object({
      profile: tokenProfile,
      token: z
        .string()
        .trim()
        .min(16, 'That does not look like a TikTok access token: paste the whole token.')
        .max(512, 'That is too long for a TikTok access token.')
        .regex(/^\S+$/, 'An access token has no spaces: paste it again.'),
    })
    .strict(),
  'connection:clear-token': z.object({ profile: tokenProfile }).strict(),
  /** The developer app the user logs in with (TikTok → My Apps): the id is a number, the secret as TikTok shows it. */
  'connection:save-app': z
    .object({
      profile: tokenProfile,
      // Left out in a build with the distributor's app id built in.
      appId: z
        .string()
        .trim()
        .regex(/^\d{6,24}$/, 'The app id is the number TikTok shows for the app under My Apps.')
        .optional(),
      secret: z
        .string()
        .trim()
        .min(8, 'That does not look like an app secret: copy it again from My Apps.')
        .max(256, 'That is too long for an app secret.')
        .regex(/^\S+$/, 'An app secret has no spaces: copy it again.'),
    })
    .strict(),
  'connection:clear-app': z.object({ profile: tokenProfile }).strict(),
  /** `login` reconnects that TikTok login; without it a new login is added (or the one with the same grant replaced). */
  'connection:login': z.object({ profile: tokenProfile, login: loginId.optional() }).strict(),
  /** `login` disconnects that TikTok login; without it, every login of the profile. */
  'connection:disconnect': z.object({ profile: tokenProfile, login: loginId.optional() }).strict(),
  'accounts:refresh': none,
  /** The advertiser's creative library with each creative's file state, "used by N ads" and spec problems. */
  'creatives:list': advertiser,
  /** Files or folders (a folder adds the media files in it) by path: what a drop or the CLI hands over. */
  'creatives:add': advertiser
    .extend({
      paths: z
        .array(z.string().min(1).max(4096, 'That path is too long.'))
        .min(1, 'Choose at least one file.')
        .max(5000, 'Add at most 5,000 files at a time.'),
    })
    .strict(),
  /** The OS file dialog (files, or one folder), then an add. */
  'creatives:pick': advertiser.extend({ folder: z.boolean() }).strict(),
  'creatives:set-tags': advertiser
    .extend({ signature: SignatureSchema, tags: z.array(z.string().max(64, 'A tag has at most 64 characters.')).max(50, 'At most 50 tags.') })
    .strict(),
  'creatives:remove': advertiser.extend({ signature: SignatureSchema }).strict(),
  'creatives:tiktok-media': advertiser,
  /** A JPEG the renderer drew of the creative, base64 (at most 64 KB decoded: thumbnail-store.ts checks it). */
  'creatives:save-thumbnail': advertiser
    .extend({
      signature: SignatureSchema,
      jpegBase64: z
        .string()
        .max(90_000, 'A thumbnail is at most 64 KB.')
        .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'A thumbnail is base64.'),
    })
    .strict(),
  'sandbox:faults': z
    .object({
      rules: z.array(SandboxFaultRuleSchema).max(20, 'At most 20 fault rules.').optional(),
      tokensExpired: z.boolean().optional(),
      customIdentity: z.enum(CUSTOM_IDENTITY_MODES).optional(),
      idempotency: SandboxIdempotencyModeSchema.optional(),
    })
    .strict(),
} satisfies Record<string, z.ZodType>

export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.') || '(payload)', message: i.message }))
}
