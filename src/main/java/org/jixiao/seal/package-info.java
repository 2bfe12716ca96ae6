/**
 * Trust in what was published: a report's PDF signed with the finance bureau's key (PAdES baseline B, a CMS
 * signature inside the PDF that common readers and {@code pdfsig} validate), checked again by anyone who holds the
 * file, and the digest that ties a document's JSON to the PDF it was published as. Two profiles: the international
 * one (SHA-256, ECDSA or RSA), which PDF readers validate, and 国密 (SM3, SM2) for systems assessed under GB/T 39786.
 * Plain Java on PDFBox and Bouncy Castle, no Spring: the web, the command line and the publication step use it
 * alike.
 */
package org.jixiao.seal;
