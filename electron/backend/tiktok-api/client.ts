import { accountEndpoints } from './account-endpoints'
import { audienceEndpoints } from './audience-endpoints'
import { entityEndpoints } from './entity-endpoints'
import { toolEndpoints } from './tool-endpoints'
import { fileEndpoints } from './file-endpoints'
import { smartPlusEndpoints } from './smart-plus-endpoints'
import { reportTaskEndpoints } from './report-task-endpoints'
import { materialReportEndpoints } from './material-report-endpoints'
import { sparkPostEndpoints } from './spark-post-endpoints'
import { createTransport, type TransportOptions } from './transport'

/**
 * The TikTok Marketing API v1.3 client Adwright's main process uses. It holds
 * the access token; nothing it throws or logs contains it.
 */
export function createTikTokClient(options: TransportOptions) {
  const transport = createTransport(options)
  return {
    ...entityEndpoints(transport),
    ...toolEndpoints(transport),
    ...accountEndpoints(transport),
    ...fileEndpoints(transport),
    ...smartPlusEndpoints(transport),
    ...reportTaskEndpoints(transport, options),
    ...audienceEndpoints(transport),
    ...materialReportEndpoints(transport),
    ...sparkPostEndpoints(transport),
    baseUrl: options.baseUrl,
  }
}
export type TikTokClient = ReturnType<typeof createTikTokClient>

export { fetchAll } from './pagination'
