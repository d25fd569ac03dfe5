package care.tandem.query.api;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Reads a {@link PageRequest} from {@code page} (default 0) and {@code size} (default {@value PageRequest#DEFAULT_SIZE}). */
public class PageRequestArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == PageRequest.class;
    }

    @Override
    public PageRequest resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                       NativeWebRequest request, WebDataBinderFactory binderFactory) {
        return new PageRequest(number(request, PageRequest.PAGE, 0),
                               number(request, PageRequest.SIZE, PageRequest.DEFAULT_SIZE));
    }

    private static int number(NativeWebRequest request, String parameter, int otherwise) {
        String text = request.getParameter(parameter);
        if (text == null) {
            return otherwise;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(parameter, "a whole number");
        }
    }
}
