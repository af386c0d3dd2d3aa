/**
 * The parameters TikTok accepts, per endpoint, as its official SDK spells them
 * ([SDK] tiktok/tiktok-business-api-sdk @ f809c396: the python_sdk request
 * models, the python_sdk/docs `*Api.md` parameter tables and `yml_files/*.yml`;
 * each entry names its file). A parameter outside its list is refused with
 * 40002 naming it, so a client that sends a field TikTok does not know about
 * finds out here rather than in production.
 *
 * The lists are TikTok's whole lists, not what Adwright sends today: fields the
 * client does not send yet (promotion_type, app_id, identity_authorized_bc_id,
 * operation_status per creative, patch_update…) are accepted.
 *
 * Not listed, so not checked: endpoints the SDK has no request spec for
 * (`/ad/audience_size/estimate/`, whose body "mirrors ad group targeting" per
 * notes tiktok-api.md §3, DOC 1740302379236353; `/report/task/download/`, known from
 * [BUB] only), and routes other sandbox
 * modules add without a list. `Access-Token` travels as a header, not a parameter
 * (notes tiktok-api.md §5: the yml declares it as a query parameter by mistake).
 */
import { paramError } from './handler-kit'

const words = (s: string): readonly string[] => s.trim().split(/\s+/)

export interface ParamList {
  /** The SDK file (or doc) the list is written from. */
  source: string
  params: readonly string[]
}

export interface EndpointParams extends ParamList {
  /** Objects inside a parameter (an object, or the items of a list), checked against their own list. */
  nested?: Record<string, ParamList>
}

/** GET list endpoints share these (python_sdk/docs CampaignCreationApi.md, AdgroupApi.md, AdApi.md: campaign_get, adgroup_get, ad_get). */
const GET_PARAMS = words('advertiser_id filtering page page_size fields exclude_field_types_in_response')

/**
 * `campaign_automation_type` is a filter on the manual gets since Upgraded
 * Smart+ (notes tiktok-api-2026.md §2, DOC 1854112742370306); the SDK's filtering models predate it.
 */
const AUTOMATION_FILTER = 'campaign_automation_type'

const MATERIAL_REPORT_FILTERING: ParamList = {
  source: '[SDK] yml_files/smart_plus_material_report_overview.yml (filtering)',
  params: words(`
    campaign_ids adgroup_ids smart_plus_ad_ids main_material_types main_material_ids ad_text_entity_ids call_to_action_entity_ids
    interactive_add_on_entity_ids`),
}

export const ENDPOINT_PARAMS: Record<string, EndpointParams> = {
  '/campaign/create/': {
    source: '[SDK] python_sdk/business_api_client/models/campaign_create_body.py',
    params: words(`
      advertiser_id app_id app_promotion_type bid_type budget budget_mode budget_optimize_on campaign_app_profile_page_state
      campaign_name campaign_product_source campaign_type catalog_enabled deep_bid_type disable_skan_campaign internal_channel
      is_advanced_dedicated_campaign is_search_campaign objective_type operation_status optimization_goal plugin_partner po_number
      postback_window_mode request_id rf_campaign_type roas_bid rta_bid_enabled rta_id rta_product_selection_enabled sales_destination
      special_industries virtual_objective_type`),
  },
  '/campaign/update/': {
    source: '[SDK] python_sdk/business_api_client/models/campaign_update_body.py',
    params: words('advertiser_id budget campaign_id campaign_name po_number special_industries'),
  },
  '/campaign/status/update/': {
    source: '[SDK] python_sdk/business_api_client/models/campaign_status_update_body.py',
    params: words('advertiser_id campaign_ids operation_status postback_window_mode'),
  },
  '/campaign/get/': {
    source: '[SDK] python_sdk/docs/CampaignCreationApi.md (campaign_get)',
    params: GET_PARAMS,
    nested: {
      filtering: {
        source: `[SDK] python_sdk/business_api_client/models/filtering_campaign_get.py; ${AUTOMATION_FILTER}: DOC 1854112742370306`,
        params: words(`
          buying_types campaign_ids campaign_name campaign_product_source campaign_system_origins campaign_type creation_filter_end_time
          creation_filter_start_time creative_campaign_type is_smart_performance_campaign objective_type optimization_goal primary_status
          sales_destination secondary_status split_test_enabled ${AUTOMATION_FILTER}`),
      },
    },
  },
  '/adgroup/create/': {
    source: '[SDK] python_sdk/business_api_client/models/adgroup_create_body.py',
    params: words(`
      actions adgroup_app_profile_page_state adgroup_name advertiser_id age_groups app_config app_id attribution_event_count audience_ids
      audience_rule audience_type automated_keywords_enabled bid_display_mode bid_price bid_type billing_event blocked_pangle_app_ids
      brand_safety_partner brand_safety_type budget budget_mode campaign_id carrier_ids catalog_authorized_bc_id catalog_id
      category_exclusion_ids click_attribution_window comment_disabled contextual_tag_ids conversion_bid_price creative_material_mode
      custom_conversion_id dayparting deep_bid_type deep_cpa_bid deep_funnel_event_source deep_funnel_event_source_id
      deep_funnel_optimization_event deep_funnel_optimization_status device_model_ids device_price_ranges engaged_view_attribution_window
      excluded_audience_ids excluded_custom_actions excluded_pangle_audience_package_ids frequency frequency_schedule gender
      household_income identity_authorized_bc_id identity_id identity_type included_custom_actions included_pangle_audience_package_ids
      interest_category_ids interest_keyword_ids ios14_targeting is_hfss is_lhf_compliance isp_ids languages location_ids
      message_event_set_id messaging_app_account_id messaging_app_type min_android_version min_ios_version network_types
      next_day_retention operating_systems operation_status optimization_event optimization_goal pacing phone_number
      phone_region_calling_code phone_region_code pixel_id placement_type placements product_source promotion_target_type promotion_type
      promotion_website_type purchase_intention_keyword_ids request_id roas_bid saved_audience_id schedule_end_time schedule_start_time
      schedule_type search_keywords search_result_enabled secondary_optimization_event share_disabled shopping_ads_retargeting_actions_days
      shopping_ads_retargeting_custom_audience_relation shopping_ads_retargeting_type shopping_ads_type skip_learning_phase
      smart_audience_enabled smart_interest_behavior_enabled spending_power statistic_type store_authorized_bc_id store_id
      tiktok_subplacements vbo_window vertical_sensitivity_id video_download_disabled view_attribution_window zipcode_ids`),
  },
  '/adgroup/update/': {
    // Narrower than create: no campaign_id, placements, placement_type, budget_mode, optimization goal/event, billing event, pixel or promotion type.
    source: '[SDK] python_sdk/business_api_client/models/adgroup_update_body.py',
    params: words(`
      actions adgroup_id adgroup_name advertiser_id age_groups audience_ids audience_rule audience_type auto_targeting_enabled
      automated_keywords_enabled bid_price bid_type blocked_pangle_app_ids brand_safety_type budget carrier_ids catalog_authorized_bc_id
      category_exclusion_ids comment_disabled contextual_tag_ids conversion_bid_price dayparting deep_bid_type deep_cpa_bid
      deep_funnel_event_source deep_funnel_event_source_id deep_funnel_optimization_event deep_funnel_optimization_status device_model_ids
      device_price_ranges exclude_age_under_eighteen excluded_audience_ids excluded_custom_actions excluded_pangle_audience_package_ids
      frequency frequency_schedule gender household_income included_custom_actions included_pangle_audience_package_ids
      interest_category_ids interest_keyword_ids ios14_targeting is_hfss is_lhf_compliance isp_ids languages location_ids
      min_android_version min_ios_version network_types next_day_retention operating_systems pacing purchase_intention_keyword_ids
      roas_bid saved_audience_id schedule_end_time schedule_start_time schedule_type search_keywords search_result_enabled
      secondary_optimization_event share_disabled shopping_ads_retargeting_actions_days shopping_ads_retargeting_custom_audience_relation
      shopping_ads_retargeting_type smart_audience_enabled smart_interest_behavior_enabled spending_power targeting_expansion
      vertical_sensitivity_id zipcode_ids`),
  },
  '/adgroup/status/update/': {
    source: '[SDK] python_sdk/business_api_client/models/adgroup_status_update_body.py',
    params: words('adgroup_ids advertiser_id allow_partial_success operation_status'),
  },
  '/adgroup/get/': {
    source: '[SDK] python_sdk/docs/AdgroupApi.md (adgroup_get)',
    params: GET_PARAMS,
    nested: {
      filtering: {
        source: `[SDK] python_sdk/business_api_client/models/filtering_adgroup_get.py; ${AUTOMATION_FILTER}: DOC 1854112742370306`,
        params: words(`
          adgroup_ids adgroup_name bid_strategy billing_events buying_types campaign_ids campaign_system_origins creation_filter_end_time
          creation_filter_start_time creative_material_mode objective_type optimization_goal primary_status promotion_type
          secondary_status split_test_enabled ${AUTOMATION_FILTER}`),
      },
    },
  },
  '/ad/create/': {
    source: '[SDK] python_sdk/business_api_client/models/ad_create_body.py',
    params: words('adgroup_id advertiser_id creatives'),
    nested: {
      creatives: {
        source: '[SDK] python_sdk/business_api_client/models/adcreate_creatives.py',
        params: words(`
          ad_format ad_name ad_text ad_texts aigc_disclosure_type app_name auto_disclaimer_types auto_message_id avatar_icon_web_uri
          brand_safety_postbid_partner brand_safety_vast_url call_to_action call_to_action_id card_id carousel_image_index catalog_id
          click_tracking_url cpp_url creative_authorized creative_type dark_post_status deeplink deeplink_format_type deeplink_type
          deeplink_utm_params disclaimer_clickable_texts disclaimer_text disclaimer_type display_name dynamic_destination dynamic_format
          end_card_cta fallback_type identity_authorized_bc_id identity_id identity_type image_ids impression_tracking_url
          instant_product_page_used item_duet_status item_group_ids item_stitch_status landing_page_url music_id operation_status page_id
          page_image_index phone_number phone_region_calling_code phone_region_code playable_url product_display_field_list product_set_id
          product_specific_type promotional_music_disabled schedule_id shopping_ads_deeplink_type shopping_ads_fallback_type
          shopping_ads_video_package_id showcase_products sku_ids tiktok_item_id tiktok_page_category tracking_app_id
          tracking_message_event_set_id tracking_offline_event_set_ids tracking_pixel_id utm_params vehicle_ids vertical_video_strategy
          video_id video_view_tracking_url viewability_postbid_partner viewability_vast_url`),
      },
    },
  },
  '/ad/update/': {
    source: '[SDK] python_sdk/business_api_client/models/ad_update_body.py',
    params: words('adgroup_id advertiser_id creatives patch_update'),
    nested: {
      // Unlike create, an updated creative carries its ad_id and no operation_status (status goes through /ad/status/update/).
      creatives: {
        source: '[SDK] python_sdk/business_api_client/models/adupdate_creatives.py',
        params: words(`
          ad_format ad_id ad_name ad_text ad_texts aigc_disclosure_type app_name avatar_icon_web_uri brand_safety_postbid_partner
          brand_safety_vast_url call_to_action call_to_action_id card_id carousel_image_index click_tracking_url cpp_url
          creative_authorized creative_type dark_post_status deeplink deeplink_type deeplink_utm_params disclaimer_clickable_texts
          disclaimer_text disclaimer_type display_name dynamic_destination dynamic_format end_card_cta fallback_type
          identity_authorized_bc_id identity_id identity_type image_ids impression_tracking_url instant_product_page_used item_duet_status
          item_group_ids item_stitch_status landing_page_url music_id page_id page_image_index playable_url product_set_id
          product_specific_type promotional_music_disabled shopping_ads_deeplink_type shopping_ads_fallback_type
          shopping_ads_video_package_id sku_ids tiktok_item_id tracking_app_id tracking_offline_event_set_ids tracking_pixel_id utm_params
          vast_moat_enabled vertical_video_strategy video_id video_view_tracking_url viewability_postbid_partner viewability_vast_url`),
      },
    },
  },
  '/ad/status/update/': {
    source: '[SDK] python_sdk/business_api_client/models/ad_status_update_body.py',
    params: words('aco_ad_ids ad_ids advertiser_id operation_status'),
  },
  '/ad/get/': {
    source: '[SDK] python_sdk/docs/AdApi.md (ad_get)',
    params: GET_PARAMS,
    nested: {
      filtering: {
        // ad_ids_v2 asks for ad-level rows of Smart+ ads (notes tiktok-api-2026.md §2, DOC 1854103649826817); read as a filter here.
        source: '[SDK] python_sdk/business_api_client/models/filtering_ad_get.py; ad_ids_v2: DOC 1854103649826817',
        params: words(`
          ad_ids ad_name adgroup_ids buying_types campaign_ids campaign_system_origins creation_filter_end_time creation_filter_start_time
          creative_material_mode destination modified_after objective_type optimization_goal primary_status secondary_status ad_ids_v2
          ${AUTOMATION_FILTER}`),
      },
    },
  },
  '/report/integrated/get/': {
    source: '[SDK] yml_files/report_integrated_get.yml',
    params: words(`
      page page_size enable_total_metrics multi_adv_report_in_utc_time query_mode advertiser_id advertiser_ids bc_id service_type
      report_type data_level dimensions metrics start_date end_date query_lifetime order_field order_type filtering`),
  },
  '/report/task/create/': {
    source: '[SDK] yml_files/report_task_create.yml',
    params: words(`
      advertiser_id advertiser_ids data_level dimensions enable_report_title_translation end_date file_name filtering metrics
      order_field order_type output_format query_lifetime report_type service_type start_date`),
  },
  '/smart_plus/material_report/overview/': {
    source: '[SDK] yml_files/smart_plus_material_report_overview.yml',
    params: words('advertiser_id dimensions metrics start_date end_date query_lifetime filtering sort_field sort_type page page_size'),
    nested: { filtering: MATERIAL_REPORT_FILTERING },
  },
  '/smart_plus/material_report/breakdown/': {
    source: '[SDK] yml_files/smart_plus_material_report_breakdown.yml',
    params: words('advertiser_id dimensions metrics start_date end_date filtering sort_field sort_type page page_size'),
    nested: { filtering: MATERIAL_REPORT_FILTERING },
  },
  '/report/task/check/': { source: '[SDK] yml_files/report_task_check.yml', params: words('task_id advertiser_id') },
  '/report/task/cancel/': { source: '[SDK] yml_files/report_task_cancel.yml', params: words('task_id advertiser_id') },
  '/pixel/list/': {
    source: '[SDK] yml_files/pixel_list.yml',
    params: words('advertiser_id pixel_id code name order_by filtering page page_size'),
    nested: { filtering: { source: '[SDK] yml_files/pixel_list.yml (filtering)', params: words('available_for_catalog_only') } },
  },
  '/tool/interest_category/': {
    source: '[SDK] python_sdk/docs/ToolApi.md (tool_interest_category)',
    params: words('advertiser_id version placements special_industries language'),
  },
  '/tool/region/': {
    // `language` is not in the SDK's table but is in the doc (notes tiktok-api.md §3, [SDK] ToolApi.md; [BUB]).
    source: '[SDK] python_sdk/docs/ToolApi.md (tool_region); language: notes tiktok-api.md §3',
    params: words(`
      advertiser_id placements objective_type promotion_target_type operating_system brand_safety_type brand_safety_partner
      level_range rf_campaign_type language`),
  },
  '/tool/language/': { source: '[SDK] python_sdk/docs/ToolApi.md (tool_language)', params: words('advertiser_id') },
  '/oauth2/advertiser/get/': { source: '[SDK] python_sdk/docs/AuthenticationApi.md (oauth2_advertiser_get)', params: words('app_id secret') },
  '/oauth2/access_token/': {
    // return_advertiser_ids: [BUB] model/oauth/access_token.go (default true); the SDK body lists the other three.
    source: '[SDK] python_sdk/docs/Oauth2AccessTokenBody.md; [BUB] model/oauth/access_token.go',
    params: words('app_id secret auth_code return_advertiser_ids'),
  },
  '/oauth2/revoke_token/': { source: '[BUB] model/oauth/revoke_token.go (not in the SDK)', params: words('app_id secret access_token') },
  '/bc/get/': { source: '[SDK] yml_files/bc_get.yml', params: words('bc_id scene filtering page page_size') },
  '/bc/asset/get/': { source: '[SDK] yml_files/bc_asset_get.yml', params: words('bc_id asset_type child_bc_id filtering page page_size') },
  '/advertiser/info/': { source: '[SDK] yml_files/advertiser_info.yml', params: words('advertiser_ids fields') },
  '/identity/get/': {
    source: '[SDK] python_sdk/docs/IdentityApi.md (identity_get)',
    params: words('advertiser_id identity_type identity_authorized_bc_id page page_size'),
  },
  // No SDK spec: the SDK only links to it (java_sdk/docs/AdAcoBodyMediaInfo.md, DOC 1740218475032577).
  '/identity/video/get/': {
    source: '[BUB] model/identity/video_get.go (VideoGetRequest)',
    params: words('advertiser_id identity_type identity_id identity_authorized_bc_id item_type keyword cursor count'),
  },
  // Multipart: the file parts (video_file, image_file) are read apart; these are the text fields.
  '/file/video/ad/upload/': {
    source: '[SDK] python_sdk/docs/FileApi.md (ad_video_upload)',
    params: words(
      'advertiser_id auto_bind_enabled auto_fix_enabled file_id file_name flaw_detect is_third_party upload_type video_id video_signature video_url',
    ),
  },
  '/file/image/ad/upload/': {
    source: '[SDK] python_sdk/docs/FileApi.md (ad_image_upload)',
    params: words('advertiser_id file_id file_name image_signature image_url upload_type'),
  },
  '/file/video/ad/info/': { source: '[SDK] python_sdk/docs/FileApi.md (ad_video_info)', params: words('advertiser_id video_ids') },
  '/file/image/ad/info/': { source: '[SDK] python_sdk/docs/FileApi.md (file_image_ad_info)', params: words('advertiser_id image_ids') },
  '/file/video/ad/search/': {
    source: '[SDK] python_sdk/docs/FileApi.md (ad_video_search), FilteringVideoAdSearch.md',
    params: words('advertiser_id filtering page page_size'),
    nested: {
      filtering: {
        source: '[SDK] python_sdk/docs/FilteringVideoAdSearch.md',
        params: words('displayable height material_ids ratio video_ids width'),
      },
    },
  },
}

function checkObject(where: string, value: Record<string, unknown>, list: ParamList, path: string) {
  for (const key of Object.keys(value)) {
    if (!list.params.includes(key)) throw paramError(`${where}${key}`, `Unknown field: ${path} does not take it. Remove it from the request.`)
  }
}

/** Refuses (40002) the first parameter, or field of a nested object, that `path`'s TikTok spec does not list. */
export function checkKnownParams(path: string, params: Record<string, unknown>) {
  const spec = ENDPOINT_PARAMS[path]
  if (!spec) return
  checkObject('', params, spec, path)
  for (const [field, list] of Object.entries(spec.nested ?? {})) {
    const value = params[field]
    const items = Array.isArray(value) ? value.map((v, i) => [`${field}[${i}].`, v] as const) : [[`${field}.`, value] as const]
    for (const [where, item] of items) {
      // Shapes (not an object, not a list) are the endpoint's own checks; only the names are checked here.
      if (typeof item === 'object' && item !== null && !Array.isArray(item)) checkObject(where, item as Record<string, unknown>, list, path)
    }
  }
}
