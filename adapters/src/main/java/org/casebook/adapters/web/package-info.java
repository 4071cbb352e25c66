/** HTTP conventions shared by every endpoint: problems (RFC 9457), ETags and If-Match, idempotent retries. */
package org.casebook.adapters.web;
