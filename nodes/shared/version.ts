/** Sent as `X-Avinode-Product` by default; a unit test keeps it equal to package.json. */
export const PACKAGE_NAME = 'n8n-nodes-avionte-avinode';
export const PACKAGE_VERSION = '0.1.0';
export const DEFAULT_PRODUCT_NAME = `${PACKAGE_NAME} v${PACKAGE_VERSION}`;
