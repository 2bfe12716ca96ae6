package org.jixiao.evaluation.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload over the limit is refused before any controller sees it: say so on the upload page. For every request
 * (not scoped to this package's controllers), as the refusal comes before a controller is chosen.
 */
@ControllerAdvice
class OversizedUploads {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String uploadTooLarge(Model model, HttpServletResponse response) {
        return ImportController.refused(new UploadedReports.UploadException("imports.refused.tooLarge",
                UploadedReports.MAX_BYTES >> 20), model, response);
    }
}
