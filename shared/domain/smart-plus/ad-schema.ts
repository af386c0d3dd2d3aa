/**
 * An Upgraded Smart+ ad as `/smart_plus/ad/create/` takes it: one ad holding
 * many creatives, texts and calls to action, which TikTok combines itself
 * ([SDK] smart_plus_ad_create.yml; [DOC 1843317390059522]; notes
 * tiktok-api-2026.md §2). List lengths are checked as validation problems
 * (./validation/ad-rules.ts), not here, so a draft being built may hold an
 * empty or over-long list and still be saved; the bounds below only keep files sane.
 */
import { z } from 'zod'
import { IDENTITY_TYPES, OPERATION_STATUSES, SMART_PLUS_AD_FORMATS, SMART_PLUS_CALL_TO_ACTIONS } from '../enums'
import { IdSchema } from '../entity-schemas'

const id = z.string().max(64)

export const CreativeInfoSchema = z
  .object({
    ad_format: z.enum(SMART_PLUS_AD_FORMATS),
    video_info: z
      .object({ video_id: id, file_name: z.string().max(255).optional() })
      .strict()
      .optional(),
    /** Images by `web_uri` (Smart+ names images this way, manual ads by image id). */
    image_info: z
      .array(z.object({ web_uri: z.string().max(512) }).strict())
      .max(100)
      .optional(),
    music_info: z.object({ music_id: id }).strict().optional(),
    /** A TikTok post used as the creative (Spark Ads). */
    tiktok_item_id: id.optional(),
    identity_type: z.enum(IDENTITY_TYPES).optional(),
    identity_id: id.optional(),
    /** The Business Center that authorised a BC_AUTH_TT identity. */
    identity_authorized_bc_id: id.optional(),
  })
  .strict()
export type CreativeInfo = z.infer<typeof CreativeInfoSchema>

export const CreativeSchema = z
  .object({
    creative_info: CreativeInfoSchema,
    /** TikTok's id for this creative inside the ad, returned by create; absent on a draft. */
    ad_material_id: IdSchema.optional(),
  })
  .strict()

export const SmartPlusAdSchema = z
  .object({
    advertiser_id: IdSchema,
    adgroup_id: IdSchema,
    smart_plus_ad_id: IdSchema,
    /** Empty lets TikTok name the ad. */
    ad_name: z.string().max(1024),
    /** Ads can be created paused (notes §2). */
    operation_status: z.enum(OPERATION_STATUSES),
    creative_list: z.array(CreativeSchema).max(200),
    ad_text_list: z.array(z.object({ ad_text: z.string().max(1000) }).strict()).max(50),
    call_to_action_list: z.array(z.object({ call_to_action: z.enum(SMART_PLUS_CALL_TO_ACTIONS) }).strict()).max(50),
    landing_page_url_list: z.array(z.object({ landing_page_url: z.string().max(2048) }).strict()).max(10),
    ad_configuration: z
      .object({
        /** A dynamic CTA (a set TikTok picks from), instead of `call_to_action_list`. */
        call_to_action_id: id.optional(),
      })
      .strict()
      .optional(),
  })
  .strict()
export type SmartPlusAd = z.infer<typeof SmartPlusAdSchema>
