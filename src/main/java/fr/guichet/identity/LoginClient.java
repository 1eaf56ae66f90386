package fr.guichet.identity;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Where a login (or a check of the current password) comes from: the client's address, as the container sees it
 * (the proxy's own address unless forwarded headers are trusted, see the README), and the browser's known-device
 * cookie if it sent one ({@link KnownDevices}).
 */
public record LoginClient(String address, String deviceCookie) {

    public LoginClient {
        address = address == null || address.isBlank() ? "unknown" : address;
    }

    public static LoginClient of(HttpServletRequest request) {
        String device = null;
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (KnownDevices.COOKIE.equals(cookie.getName())) {
                    device = cookie.getValue();
                }
            }
        }
        return new LoginClient(request.getRemoteAddr(), device);
    }
}
