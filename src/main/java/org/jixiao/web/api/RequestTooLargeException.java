package org.jixiao.web.api;

/** A request body or upload over the API's limit: answered with 413, the message saying the limit. */
class RequestTooLargeException extends RuntimeException {

    RequestTooLargeException(String message) {
        super(message);
    }
}
