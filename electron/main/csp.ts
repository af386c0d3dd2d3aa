/**
 * Content Security Policy for the renderer. The same policy is written as a
 * <meta> tag in renderer/index.html (file:// responses carry no headers); main
 * also sets it as a header for the dev server. recharts draws SVG with inline
 * style attributes, hence `style-src 'unsafe-inline'`; no inline or eval'd script.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  // creative: is the app's scheme for the buyer's own media files (thumbnails, the ad preview's video).
  "img-src 'self' data: blob: creative:",
  "media-src 'self' creative:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

/** What the <meta> tag must carry: browsers ignore frame-ancestors there (it only works as a header). */
export const CSP_META_CONTENT = CONTENT_SECURITY_POLICY.split('; ')
  .filter((d) => !d.startsWith('frame-ancestors'))
  .join('; ')
