/** RFC 9457 problem documents, shared by the HTTP layer and by security's 401 and 403 answers. */
package org.casebook.adapters.problems;
