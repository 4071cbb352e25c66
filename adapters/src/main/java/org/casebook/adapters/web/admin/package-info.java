/** Read-model administration for managers: where each projection has got to, and rebuilding one. */
package org.casebook.adapters.web.admin;
