package org.litlod.server;

import java.util.function.Function;
import org.eclipse.jetty.security.IdentityService;
import org.eclipse.jetty.security.LoginService;
import org.eclipse.jetty.security.UserIdentity;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Session;
import org.eclipse.jetty.util.component.ContainerLifeCycle;

/**
 * A Jetty login service that checks passwords with another one, but records every failure per
 * client address in {@link FailedLogins} and refuses, unchecked, the attempts of an address that
 * is locked out.
 */
final class GuardedLoginService extends ContainerLifeCycle implements LoginService {
    private final LoginService checker;
    private final FailedLogins failures;

    GuardedLoginService(LoginService checker, FailedLogins failures) {
        this.checker = checker;
        this.failures = failures;
        addBean(checker);
    }

    @Override
    public String getName() {
        return checker.getName();
    }

    @Override
    public UserIdentity login(String username, Object credentials, Request request,
            Function<Boolean, Session> getOrCreateSession) {
        String address = Request.getRemoteAddr(request);
        if (failures.isLocked(address, username)) {
            return null;
        }
        UserIdentity user = checker.login(username, credentials, request, getOrCreateSession);
        if (user == null) {
            failures.failed(address, username);
        } else {
            failures.succeeded(address);
        }
        return user;
    }

    @Override
    public boolean validate(UserIdentity user) {
        return checker.validate(user);
    }

    @Override
    public IdentityService getIdentityService() {
        return checker.getIdentityService();
    }

    @Override
    public void setIdentityService(IdentityService service) {
        checker.setIdentityService(service);
    }

    @Override
    public void logout(UserIdentity user) {
        checker.logout(user);
    }
}
