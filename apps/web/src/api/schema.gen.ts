/**
 * Generated from the server's OpenAPI document by `pnpm api:types`: do not edit.
 * The web app's client is typed by these paths, so it cannot drift from the API.
 */
export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 健康检查：数据库可用时返回 200（无需登录） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 正常 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                            /** @enum {string} */
                            database: "pglite" | "postgres";
                        };
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description database-unavailable: 数据库暂时不可用，请稍后重试 */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sign-ins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本账号最近 30 天的登录记录：成功的登录和失败的尝试（时间、来源地址、方式），最新的在前 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 登录记录 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SignInHistory"];
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本账号仍有效的登录会话（开始时间、最近使用、来源地址、浏览器），当前会话有标记 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 会话 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OwnSessions"];
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sessions/end-others": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退出其他设备：结束本账号除当前会话以外的所有会话 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 结束了几个会话 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EndedSessions"];
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description csrf: 请求校验失败，请刷新页面后重试 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sessions/{handle}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 结束本账号的一个会话（结束当前会话即退出登录） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    handle: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 结束了几个会话 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EndedSessions"];
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description csrf: 请求校验失败，请刷新页面后重试 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description session-not-found: 会话不存在或已结束 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登录（用户名 + 密码），成功后设置会话 Cookie */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description 用户名和密码 */
            requestBody: {
                content: {
                    "application/json": components["schemas"]["LoginRequest"];
                };
            };
            responses: {
                /** @description 已登录：账号与 CSRF 令牌 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Session"];
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录；login-failed: 用户名或密码错误 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description password-sign-in-off: 密码登录已关闭，请使用统一身份认证登录 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description too-many-attempts: 尝试次数过多，请稍后再试 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 当前登录的账号与 CSRF 令牌（未登录时 account 为 null） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 当前会话 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CurrentSession"];
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退出登录（会话立即失效） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 已退出 */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description csrf: 请求校验失败，请刷新页面后重试 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 设置新密码：当前密码 + 新密码（强度由 zxcvbn 判断）；一次性密码登录后只能做这一步。本账号的其他会话随之失效，当前会话保留 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description 当前密码和新密码 */
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ChangePasswordRequest"];
                };
            };
            responses: {
                /** @description 已设置：账号（不再要求修改密码）与 CSRF 令牌 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Session"];
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description csrf: 请求校验失败，请刷新页面后重试 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description password-refused: 密码不符合要求 */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description too-many-attempts: 尝试次数过多，请稍后再试 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/org-failed-logins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 管理员：本单位及下级单位账号的登录失败记录，按账号和来源地址汇总 */
        get: {
            parameters: {
                query?: {
                    orgId?: string;
                    days?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 按账号和地址汇总的登录失败 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OrgFailedLogins"];
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description org-not-found: 单位不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/methods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可用的登录方式：用户名密码、统一身份认证（OpenID Connect） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 登录方式 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SignInMethods"];
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/oidc/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 统一身份认证登录：转到认证平台（state、nonce、PKCE 保存在短时 Cookie 对应的记录中） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 转到认证平台；平台不可用时回到登录页并说明原因 */
                302: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not-found: 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description too-many-attempts: 尝试次数过多，请稍后再试 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/oidc/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 统一身份认证回调：校验 state、以授权码换取令牌并验证 ID Token，按 (issuer, sub) 找到、关联或新建本系统账号（仅限配置的单位范围内），成功后设置会话 Cookie */
        get: {
            parameters: {
                query?: {
                    code?: string;
                    state?: string;
                    iss?: string;
                    error?: string;
                    error_description?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 已登录则转到首页；被拒绝则转到登录页（/?oidc_error=原因代码） */
                302: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not-found: 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 管理员：本单位及下级单位的账号（按单位、角色、停用与否、用户名或姓名筛选，分页） */
        get: {
            parameters: {
                query?: {
                    orgId?: string;
                    /** @description admin 管理员 · author 方案起草 · deriver 方案分解 · reporter 任务报送 · supervisor 督查核验 */
                    role?: components["schemas"]["Role"];
                    disabled?: "true" | "false";
                    q?: string;
                    limit?: number;
                    offset?: number | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 一页账号与总数 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccountList"];
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description org-not-found: 单位不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** 管理员：在本单位或下级单位新建账号；答复一次性密码（只显示这一次），用户首次登录须设置新密码 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description 用户名、姓名、单位、角色、电话（可选） */
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateAccountRequest"];
                };
            };
            responses: {
                /** @description 已新建：账号与一次性密码 */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OneTimePassword"];
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作；csrf: 请求校验失败，请刷新页面后重试 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description org-not-found: 单位不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description username-taken: 用户名已被使用 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{username}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 管理员：本单位或下级单位的一个账号 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    username: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 账号 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ManagedAccount"];
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description account-not-found: 账号不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 管理员：修改账号的姓名、单位、角色或电话（新单位也须在本单位及下级之内；不能改自己的单位和角色） */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    username: string;
                };
                cookie?: never;
            };
            /** @description 要修改的字段 */
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpdateAccountRequest"];
                };
            };
            responses: {
                /** @description 修改后的账号 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ManagedAccount"];
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作；csrf: 请求校验失败，请刷新页面后重试 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description account-not-found: 账号不存在；org-not-found: 单位不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description account-change-refused: 账号不能这样修改 */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/accounts/{username}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 管理员：停用账号（离职人员）：不能再登录，已有会话立即失效；不能停用自己 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    username: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 已停用的账号 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ManagedAccount"];
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作；csrf: 请求校验失败，请刷新页面后重试 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description account-not-found: 账号不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description account-change-refused: 账号不能这样修改 */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{username}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 管理员：重新启用已停用的账号 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    username: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 已启用的账号 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ManagedAccount"];
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作；csrf: 请求校验失败，请刷新页面后重试 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description account-not-found: 账号不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{username}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 管理员：重置密码：答复一次性密码（只显示这一次），已有会话立即失效，用户下次登录须设置新密码 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    username: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 账号与一次性密码 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OneTimePassword"];
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作；csrf: 请求校验失败，请刷新页面后重试 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description account-not-found: 账号不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description account-change-refused: 账号不能这样修改 */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account-orgs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 管理员：可放置账号的单位（本单位及下级，按名称或代码查找） */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 单位 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccountOrgs"];
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 管理员：本单位及下级单位账号的管理记录（谁在何时从哪里新建、修改、停用、启用、重置了谁），新的在前 */
        get: {
            parameters: {
                query?: {
                    orgId?: string;
                    limit?: number;
                    offset?: number | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 一页记录与总数 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccountEvents"];
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description org-not-found: 单位不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account-import/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 管理员：读取批量导入的账号表（.xlsx：用户名、姓名、单位代码或名称、角色、电话）并逐行检查，不创建任何账号 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "multipart/form-data": {
                        /**
                         * Format: binary
                         * @description 账号表（.xlsx，≤ 1 MB，必填）
                         */
                        file?: string;
                    };
                };
            };
            responses: {
                /** @description 每行的单位、角色与错误（指明行号和字段），以及合计 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccountImportPreview"];
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作；csrf: 请求校验失败，请刷新页面后重试 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description payload-too-large: 文件或请求体过大 */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unsupported-media-type: 不支持的文件类型 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description import-failed: 文件无法导入 */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account-import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 管理员：再次上传同一账号表，重新检查后在一个事务中创建全部账号（任何一行有误则一个也不创建；有行的单位不在本单位及下级之内时为 403）；答复一次性密码表（只此一次） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "multipart/form-data": {
                        /**
                         * Format: binary
                         * @description 账号表（.xlsx，≤ 1 MB，必填）
                         */
                        file?: string;
                    };
                };
            };
            responses: {
                /** @description 已创建的账号，及其一次性密码的 .xlsx（base64） */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccountImportResult"];
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作；csrf: 请求校验失败，请刷新页面后重试 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description payload-too-large: 文件或请求体过大 */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unsupported-media-type: 不支持的文件类型 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description import-failed: 文件无法导入；account-import-refused: 账号表有误，未创建任何账号 */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account-import/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 管理员：批量导入账号的模板（表头、一行示例、填写说明） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Excel 文件 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assignments/bulk-actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 批量办理：对选中的多条任务分工督办、核验通过或退回；逐条办理，一条冲突或无权不影响其他条，答复每条的结果 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description 操作、选中的任务分工（含版本号）与督办内容、退回理由或核验意见 */
            requestBody: {
                content: {
                    "application/json": components["schemas"]["BulkActionRequest"];
                };
            };
            responses: {
                /** @description 每条的结果与成功、失败条数 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BulkActionResult"];
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description csrf: 请求校验失败，请刷新页面后重试；forbidden: 无权执行此操作 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 按名称或区划代码查找单位 */
        get: {
            parameters: {
                query: {
                    q: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 匹配的单位及其上级 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            results: {
                                id: string;
                                parentId: string | null;
                                path: string;
                                depth: number;
                                regionCode: string | null;
                                name: string;
                                shortName: string;
                                fullName: string;
                                /** @enum {string} */
                                level: "province" | "city" | "county" | "township";
                                /** @enum {string} */
                                kind: "government" | "office" | "department" | "section" | "zone";
                                divisionType: string | null;
                                function: string | null;
                                functionLabel: string | null;
                                hasVillages: boolean;
                                hasCommunities: boolean;
                                villageCount: number;
                                communityCount: number;
                                tags: string[];
                                capabilities: components["schemas"]["OrgCapabilities"];
                                capabilityOverrides: {
                                    /** @description 编发政府公报 */
                                    gazette?: boolean;
                                    /**
                                     * @description 政府网站：own 自有门户网站，column 在上级政府网站开设专栏，none 都没有
                                     * @enum {string}
                                     */
                                    website?: "own" | "column" | "none";
                                    /** @description 制发行政规范性文件 */
                                    normativeDocuments?: boolean;
                                    /** @description 举办新闻发布会 */
                                    pressConferences?: boolean;
                                };
                                ancestors: string[];
                            }[];
                        };
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/roots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 省级单位（组织机构树的根） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 各省 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            subordinates: {
                                id: string;
                                parentId: string | null;
                                path: string;
                                depth: number;
                                regionCode: string | null;
                                name: string;
                                shortName: string;
                                fullName: string;
                                /** @enum {string} */
                                level: "province" | "city" | "county" | "township";
                                /** @enum {string} */
                                kind: "government" | "office" | "department" | "section" | "zone";
                                divisionType: string | null;
                                function: string | null;
                                functionLabel: string | null;
                                hasVillages: boolean;
                                hasCommunities: boolean;
                                villageCount: number;
                                communityCount: number;
                                tags: string[];
                                capabilities: components["schemas"]["OrgCapabilities"];
                                capabilityOverrides: {
                                    /** @description 编发政府公报 */
                                    gazette?: boolean;
                                    /**
                                     * @description 政府网站：own 自有门户网站，column 在上级政府网站开设专栏，none 都没有
                                     * @enum {string}
                                     */
                                    website?: "own" | "column" | "none";
                                    /** @description 制发行政规范性文件 */
                                    normativeDocuments?: boolean;
                                    /** @description 举办新闻发布会 */
                                    pressConferences?: boolean;
                                };
                            }[];
                            departments: {
                                id: string;
                                parentId: string | null;
                                path: string;
                                depth: number;
                                regionCode: string | null;
                                name: string;
                                shortName: string;
                                fullName: string;
                                /** @enum {string} */
                                level: "province" | "city" | "county" | "township";
                                /** @enum {string} */
                                kind: "government" | "office" | "department" | "section" | "zone";
                                divisionType: string | null;
                                function: string | null;
                                functionLabel: string | null;
                                hasVillages: boolean;
                                hasCommunities: boolean;
                                villageCount: number;
                                communityCount: number;
                                tags: string[];
                                capabilities: components["schemas"]["OrgCapabilities"];
                                capabilityOverrides: {
                                    /** @description 编发政府公报 */
                                    gazette?: boolean;
                                    /**
                                     * @description 政府网站：own 自有门户网站，column 在上级政府网站开设专栏，none 都没有
                                     * @enum {string}
                                     */
                                    website?: "own" | "column" | "none";
                                    /** @description 制发行政规范性文件 */
                                    normativeDocuments?: boolean;
                                    /** @description 举办新闻发布会 */
                                    pressConferences?: boolean;
                                };
                            }[];
                        };
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一个单位及其上级链 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 单位 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            org: {
                                id: string;
                                parentId: string | null;
                                path: string;
                                depth: number;
                                regionCode: string | null;
                                name: string;
                                shortName: string;
                                fullName: string;
                                /** @enum {string} */
                                level: "province" | "city" | "county" | "township";
                                /** @enum {string} */
                                kind: "government" | "office" | "department" | "section" | "zone";
                                divisionType: string | null;
                                function: string | null;
                                functionLabel: string | null;
                                hasVillages: boolean;
                                hasCommunities: boolean;
                                villageCount: number;
                                communityCount: number;
                                tags: string[];
                                capabilities: components["schemas"]["OrgCapabilities"];
                                capabilityOverrides: {
                                    /** @description 编发政府公报 */
                                    gazette?: boolean;
                                    /**
                                     * @description 政府网站：own 自有门户网站，column 在上级政府网站开设专栏，none 都没有
                                     * @enum {string}
                                     */
                                    website?: "own" | "column" | "none";
                                    /** @description 制发行政规范性文件 */
                                    normativeDocuments?: boolean;
                                    /** @description 举办新闻发布会 */
                                    pressConferences?: boolean;
                                };
                            };
                            ancestors: {
                                id: string;
                                parentId: string | null;
                                path: string;
                                depth: number;
                                regionCode: string | null;
                                name: string;
                                shortName: string;
                                fullName: string;
                                /** @enum {string} */
                                level: "province" | "city" | "county" | "township";
                                /** @enum {string} */
                                kind: "government" | "office" | "department" | "section" | "zone";
                                divisionType: string | null;
                                function: string | null;
                                functionLabel: string | null;
                                hasVillages: boolean;
                                hasCommunities: boolean;
                                villageCount: number;
                                communityCount: number;
                                tags: string[];
                                capabilities: components["schemas"]["OrgCapabilities"];
                                capabilityOverrides: {
                                    /** @description 编发政府公报 */
                                    gazette?: boolean;
                                    /**
                                     * @description 政府网站：own 自有门户网站，column 在上级政府网站开设专栏，none 都没有
                                     * @enum {string}
                                     */
                                    website?: "own" | "column" | "none";
                                    /** @description 制发行政规范性文件 */
                                    normativeDocuments?: boolean;
                                    /** @description 举办新闻发布会 */
                                    pressConferences?: boolean;
                                };
                            }[];
                        };
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description org-not-found: 单位不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{id}/children": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下级政府与本级部门 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 下级 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            subordinates: {
                                id: string;
                                parentId: string | null;
                                path: string;
                                depth: number;
                                regionCode: string | null;
                                name: string;
                                shortName: string;
                                fullName: string;
                                /** @enum {string} */
                                level: "province" | "city" | "county" | "township";
                                /** @enum {string} */
                                kind: "government" | "office" | "department" | "section" | "zone";
                                divisionType: string | null;
                                function: string | null;
                                functionLabel: string | null;
                                hasVillages: boolean;
                                hasCommunities: boolean;
                                villageCount: number;
                                communityCount: number;
                                tags: string[];
                                capabilities: components["schemas"]["OrgCapabilities"];
                                capabilityOverrides: {
                                    /** @description 编发政府公报 */
                                    gazette?: boolean;
                                    /**
                                     * @description 政府网站：own 自有门户网站，column 在上级政府网站开设专栏，none 都没有
                                     * @enum {string}
                                     */
                                    website?: "own" | "column" | "none";
                                    /** @description 制发行政规范性文件 */
                                    normativeDocuments?: boolean;
                                    /** @description 举办新闻发布会 */
                                    pressConferences?: boolean;
                                };
                            }[];
                            departments: {
                                id: string;
                                parentId: string | null;
                                path: string;
                                depth: number;
                                regionCode: string | null;
                                name: string;
                                shortName: string;
                                fullName: string;
                                /** @enum {string} */
                                level: "province" | "city" | "county" | "township";
                                /** @enum {string} */
                                kind: "government" | "office" | "department" | "section" | "zone";
                                divisionType: string | null;
                                function: string | null;
                                functionLabel: string | null;
                                hasVillages: boolean;
                                hasCommunities: boolean;
                                villageCount: number;
                                communityCount: number;
                                tags: string[];
                                capabilities: components["schemas"]["OrgCapabilities"];
                                capabilityOverrides: {
                                    /** @description 编发政府公报 */
                                    gazette?: boolean;
                                    /**
                                     * @description 政府网站：own 自有门户网站，column 在上级政府网站开设专栏，none 都没有
                                     * @enum {string}
                                     */
                                    website?: "own" | "column" | "none";
                                    /** @description 制发行政规范性文件 */
                                    normativeDocuments?: boolean;
                                    /** @description 举办新闻发布会 */
                                    pressConferences?: boolean;
                                };
                            }[];
                        };
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description org-not-found: 单位不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{id}/capabilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * 修改单位的能力（政府公报、网站、规范性文件、新闻发布会）；null 恢复本级默认
         * @description 分解方案时，本地化规则按单位的能力删去、改为配合或改写它做不到的任务。只有管理员可以修改，且只能修改本单位及下级单位；每次修改记入事件日志。
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["OrgCapabilitiesPatch"];
                };
            };
            responses: {
                /** @description 修改后的单位 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            parentId: string | null;
                            path: string;
                            depth: number;
                            regionCode: string | null;
                            name: string;
                            shortName: string;
                            fullName: string;
                            /** @enum {string} */
                            level: "province" | "city" | "county" | "township";
                            /** @enum {string} */
                            kind: "government" | "office" | "department" | "section" | "zone";
                            divisionType: string | null;
                            function: string | null;
                            functionLabel: string | null;
                            hasVillages: boolean;
                            hasCommunities: boolean;
                            villageCount: number;
                            communityCount: number;
                            tags: string[];
                            capabilities: components["schemas"]["OrgCapabilities"];
                            capabilityOverrides: {
                                /** @description 编发政府公报 */
                                gazette?: boolean;
                                /**
                                 * @description 政府网站：own 自有门户网站，column 在上级政府网站开设专栏，none 都没有
                                 * @enum {string}
                                 */
                                website?: "own" | "column" | "none";
                                /** @description 制发行政规范性文件 */
                                normativeDocuments?: boolean;
                                /** @description 举办新闻发布会 */
                                pressConferences?: boolean;
                            };
                        };
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作；csrf: 请求校验失败，请刷新页面后重试 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description org-not-found: 单位不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description org-edit-refused: 单位信息不能这样修改 */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/orgs/{id}/sections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 在部门下新增股室（科室）
         * @description 股室与部门同级，编号为“部门编号-s序号”。只有管理员可以新增，且只能在本单位及下级单位。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SectionName"];
                };
            };
            responses: {
                /** @description 新增的股室 */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            parentId: string | null;
                            path: string;
                            depth: number;
                            regionCode: string | null;
                            name: string;
                            shortName: string;
                            fullName: string;
                            /** @enum {string} */
                            level: "province" | "city" | "county" | "township";
                            /** @enum {string} */
                            kind: "government" | "office" | "department" | "section" | "zone";
                            divisionType: string | null;
                            function: string | null;
                            functionLabel: string | null;
                            hasVillages: boolean;
                            hasCommunities: boolean;
                            villageCount: number;
                            communityCount: number;
                            tags: string[];
                            capabilities: components["schemas"]["OrgCapabilities"];
                            capabilityOverrides: {
                                /** @description 编发政府公报 */
                                gazette?: boolean;
                                /**
                                 * @description 政府网站：own 自有门户网站，column 在上级政府网站开设专栏，none 都没有
                                 * @enum {string}
                                 */
                                website?: "own" | "column" | "none";
                                /** @description 制发行政规范性文件 */
                                normativeDocuments?: boolean;
                                /** @description 举办新闻发布会 */
                                pressConferences?: boolean;
                            };
                        };
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作；csrf: 请求校验失败，请刷新页面后重试 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description org-not-found: 单位不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description org-edit-refused: 单位信息不能这样修改 */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{id}/sections/{sectionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 删除股室（仍有任务分工、账号或方案时不能删除） */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    sectionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 已删除 */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作；csrf: 请求校验失败，请刷新页面后重试 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description org-not-found: 单位不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description org-in-use: 单位仍在使用，不能删除 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description org-edit-refused: 单位信息不能这样修改 */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** 股室改名（编号、任务分工和账号不变） */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    sectionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SectionName"];
                };
            };
            responses: {
                /** @description 改名后的股室 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            parentId: string | null;
                            path: string;
                            depth: number;
                            regionCode: string | null;
                            name: string;
                            shortName: string;
                            fullName: string;
                            /** @enum {string} */
                            level: "province" | "city" | "county" | "township";
                            /** @enum {string} */
                            kind: "government" | "office" | "department" | "section" | "zone";
                            divisionType: string | null;
                            function: string | null;
                            functionLabel: string | null;
                            hasVillages: boolean;
                            hasCommunities: boolean;
                            villageCount: number;
                            communityCount: number;
                            tags: string[];
                            capabilities: components["schemas"]["OrgCapabilities"];
                            capabilityOverrides: {
                                /** @description 编发政府公报 */
                                gazette?: boolean;
                                /**
                                 * @description 政府网站：own 自有门户网站，column 在上级政府网站开设专栏，none 都没有
                                 * @enum {string}
                                 */
                                website?: "own" | "column" | "none";
                                /** @description 制发行政规范性文件 */
                                normativeDocuments?: boolean;
                                /** @description 举办新闻发布会 */
                                pressConferences?: boolean;
                            };
                        };
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作；csrf: 请求校验失败，请刷新页面后重试 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description org-not-found: 单位不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description org-edit-refused: 单位信息不能这样修改 */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/plans/import/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 读取方案但不保存：原文、识别出的大纲与各列含义、需核对的事项，供创建草稿前审核 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["ImportPreviewRequest"];
                    "multipart/form-data": {
                        /**
                         * Format: binary
                         * @description 方案文件（≤ 10 MB，必填）
                         */
                        file?: string;
                        /** @description 计划年度，如 2022（缺省时从标题读取） */
                        year?: string;
                        /** @description 列的含义（JSON），如 {"谁来办":"responsible"}；缺省时沿用本单位对同一发文机关上次的选择 */
                        columnChoices?: string;
                    };
                };
            };
            responses: {
                /** @description 识别结果（未创建任何方案） */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportPreview"];
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作；csrf: 请求校验失败，请刷新页面后重试 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description payload-too-large: 文件或请求体过大 */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unsupported-media-type: 不支持的文件类型 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description import-failed: 文件无法导入 */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 导入方案（上传 .docx / .xlsx / .txt / .md，或粘贴文本）为本单位的草稿，可带审核时选定的列含义和修改 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["ImportTextRequest"];
                    "multipart/form-data": {
                        /**
                         * Format: binary
                         * @description 方案文件（≤ 10 MB，必填）
                         */
                        file?: string;
                        /** @description 计划年度，如 2022（缺省时从标题读取） */
                        year?: string;
                        /** @description 列的含义（JSON），如 {"谁来办":"responsible"}；缺省时沿用本单位对同一发文机关上次的选择 */
                        columnChoices?: string;
                    };
                };
            };
            responses: {
                /** @description 已导入为草稿；unplaced 为未能归位的原文行 */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportResult"];
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作；csrf: 请求校验失败，请刷新页面后重试 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description payload-too-large: 文件或请求体过大 */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unsupported-media-type: 不支持的文件类型 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description import-failed: 文件无法导入 */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本单位、上级和下级单位的方案：查找、按年度/状态/层级筛选、排序、分页（total 为总数） */
        get: {
            parameters: {
                query?: {
                    year?: number;
                    ownerOrgId?: string;
                    /** @description 在标题、文号和所属单位名称中查找 */
                    q?: string;
                    /** @description draft 从未发布 · published 已发布且无未发布的修改 · changed 已发布、有未发布的修改 */
                    status?: "draft" | "published" | "changed";
                    /** @description 方案所属单位：province 省级 · city 市级 · county 县级 · township 乡镇（街道） · department 部门 */
                    level?: "province" | "city" | "county" | "township" | "department";
                    /** @description tree 按年度、层级和组织机构顺序（默认） · updated 最近修改在前 · title 按标题 */
                    sort?: "tree" | "updated" | "title";
                    limit?: number;
                    offset?: number | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 方案列表 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlanList"];
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 方案及其全部事项（章节与任务） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    planId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 方案 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlanDetail"];
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description plan-not-found: 方案不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/items/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 删除本级新增的事项；继承的事项标为“不适用”并说明理由 */
        delete: {
            parameters: {
                query: {
                    expectedVersion: number;
                    reason?: string;
                };
                header?: never;
                path: {
                    planId: string;
                    itemId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 删除或标记的结果 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            removed: number;
                            markedNotApplicable: boolean;
                        };
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作；csrf: 请求校验失败，请刷新页面后重试 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description plan-not-found: 方案不存在；item-not-found: 事项不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description conflict: 数据已被他人修改，请刷新后重试 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** 修改一个事项（需带上读取时的版本号；分解方案的修改记为本级调整） */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    planId: string;
                    itemId: string;
                };
                cookie?: never;
            };
            /** @description 修改内容 */
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ItemPatchRequest"];
                };
            };
            responses: {
                /** @description 修改后的事项 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlanItem"];
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作；csrf: 请求校验失败，请刷新页面后重试 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description plan-not-found: 方案不存在；item-not-found: 事项不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description conflict: 数据已被他人修改，请刷新后重试 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/plans/{planId}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 新增章节或任务 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    planId: string;
                };
                cookie?: never;
            };
            /** @description 新事项 */
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ItemAddRequest"];
                };
            };
            responses: {
                /** @description 新增的事项 */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlanItem"];
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作；csrf: 请求校验失败，请刷新页面后重试 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description plan-not-found: 方案不存在；item-not-found: 事项不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description outline-refused: 大纲不能这样调整 */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/items/{itemId}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 调整大纲：上移、下移、降级、升级（连同其下事项），全案自动重新编号 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    planId: string;
                    itemId: string;
                };
                cookie?: never;
            };
            /** @description 调整方式 */
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ItemMoveRequest"];
                };
            };
            responses: {
                /** @description 调整后的全部事项 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["PlanItem"][];
                        };
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作；csrf: 请求校验失败，请刷新页面后重试 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description plan-not-found: 方案不存在；item-not-found: 事项不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description outline-refused: 大纲不能这样调整 */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/units/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 承办单位用语对应到哪些单位（与发布时生成台账的规则相同），以及可选的本级单位 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    planId: string;
                };
                cookie?: never;
            };
            /** @description 单位用语 */
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UnitsResolveRequest"];
                };
            };
            responses: {
                /** @description 对应结果 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UnitsResolve"];
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作；csrf: 请求校验失败，请刷新页面后重试 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description plan-not-found: 方案不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/items/{itemId}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤销删除：删除的事项（连同其下事项、规则和流程）按原编号位置恢复；标为“不适用”的继承事项恢复适用 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    planId: string;
                    itemId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 恢复后的事项 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlanItem"];
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作；csrf: 请求校验失败，请刷新页面后重试 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description plan-not-found: 方案不存在；item-not-found: 事项不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description conflict: 数据已被他人修改，请刷新后重试 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发布新版本并向承办单位下达任务（分解方案须逐项对照无缺项；已年度收官的方案不能再发布） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    planId: string;
                };
                cookie?: never;
            };
            /** @description 版本说明 */
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PublishRequest"];
                };
            };
            responses: {
                /** @description 已发布 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublishResult"];
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作；csrf: 请求校验失败，请刷新页面后重试 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description plan-not-found: 方案不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description conflict: 数据已被他人修改，请刷新后重试；transition-not-allowed: 当前状态下不能执行此操作 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description publish-refused: 方案不能发布 */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 已发布的版本 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    planId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 版本列表 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlanVersions"];
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description plan-not-found: 方案不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/export.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出为 Word（GB/T 9704 公文格式，附任务分工表） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    planId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Word 文件 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description plan-not-found: 方案不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/annual-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 方案落实情况：政府信息公开工作年度报告所需章节（Markdown 或 Word） */
        get: {
            parameters: {
                query?: {
                    format?: "md" | "docx";
                    asOf?: string;
                };
                header?: never;
                path: {
                    planId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 年度报告章节 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/markdown": string;
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description plan-not-found: 方案不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 台账反馈：下级单位是否已在时限内发布本级分解方案（含亮灯） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    planId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 反馈情况 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlanFeedback"];
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description plan-not-found: 方案不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 派生规则：从本方案分解时各级适用的本地化规则（未修改时为默认规则） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    planId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 派生规则 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlanProfile"];
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description plan-not-found: 方案不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** 修改派生规则，或恢复默认（rules 为 null） */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    planId: string;
                };
                cookie?: never;
            };
            /** @description 新的派生规则 */
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PlanProfileRequest"];
                };
            };
            responses: {
                /** @description 已保存 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlanProfile"];
                    };
                };
                /** @description validation: 请求参数有误；validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作；csrf: 请求校验失败，请刷新页面后重试 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description plan-not-found: 方案不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description conflict: 数据已被他人修改，请刷新后重试 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/lifecycle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 开始执行（START）或年度收官（CLOSE）：由方案的生命周期决定；收官须每条任务已核验、已销号或已由回头看转入整改，否则 422 并列出未办结的任务 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    planId: string;
                };
                cookie?: never;
            };
            /** @description 生命周期事件 */
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PlanLifecycleRequest"];
                };
            };
            responses: {
                /** @description 方案的新状态 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlanLifecycleResult"];
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作；csrf: 请求校验失败，请刷新页面后重试 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description plan-not-found: 方案不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description conflict: 数据已被他人修改，请刷新后重试；transition-not-allowed: 当前状态下不能执行此操作 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description transition-refused: 不满足办理条件 */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/publish-preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 发布前预览：与上一版相比的变化、对台账的影响（新下达、改期、撤回），以及需要知晓的问题 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    planId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 发布预览 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublishPreview"];
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description plan-not-found: 方案不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/derivation/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 待分解：上级已发布、下达到本单位的方案 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 上级方案及本单位的分解稿 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DerivationInbox"];
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/derive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 一键分解：按上级方案最新发布版本生成本单位（或由方案单位为其下级政府、本级部门）的分解稿（本地化并附推导依据；部门可按任务指定股室） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    planId: string;
                };
                cookie?: never;
            };
            /** @description 为哪个下级单位分解 */
            requestBody: {
                content: {
                    "application/json": components["schemas"]["DeriveRequest"];
                };
            };
            responses: {
                /** @description 分解稿 */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlanSummary"];
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作；csrf: 请求校验失败，请刷新页面后重试 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description plan-not-found: 方案不存在；org-not-found: 单位不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description already-derived: 方案已经分解过 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description derivation-refused: 不能分解 */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 逐项对照：上级任务在本级的落实情况 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    planId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 对照结果 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Coverage"];
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description plan-not-found: 方案不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 预览：按当前草稿为某个下级政府或本级部门分解（本级编号、变化及依据、指导单位、可选股室），不保存 */
        get: {
            parameters: {
                query: {
                    childOrgId: string;
                };
                header?: never;
                path: {
                    planId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 分解预览 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DerivationPreview"];
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description plan-not-found: 方案不存在；org-not-found: 单位不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description derivation-refused: 不能分解 */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 与上级版本逐项并排对照 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    planId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 并排对照 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlanDiff"];
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description plan-not-found: 方案不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/cascade": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 逐级下达：为全部下级政府生成分解稿与台账（后台执行，可查询进度） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    planId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 已开始 */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Job"];
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作；csrf: 请求校验失败，请刷新页面后重试 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description plan-not-found: 方案不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description derivation-refused: 不能分解 */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/upstream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 上级更新：上级新版本带来的变化（逐项、逐字段三方比对） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    planId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 变化与冲突 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Upstream"];
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description plan-not-found: 方案不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description derivation-refused: 不能分解 */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** 合并上级更新并签收（冲突须逐项选择保留本级或采用上级） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    planId: string;
                };
                cookie?: never;
            };
            /** @description 目标版本与冲突选择 */
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpstreamMergeRequest"];
                };
            };
            responses: {
                /** @description 已合并 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            applied: number;
                            version: number;
                        };
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作；csrf: 请求校验失败，请刷新页面后重试 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description plan-not-found: 方案不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description conflict: 数据已被他人修改，请刷新后重试 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description derivation-refused: 不能分解 */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/binding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 跟随上级最新版本，或固定于当前依据的版本 */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    planId: string;
                };
                cookie?: never;
            };
            /** @description 跟随方式 */
            requestBody: {
                content: {
                    "application/json": components["schemas"]["BindingRequest"];
                };
            };
            responses: {
                /** @description 已更改 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description 跟随上级最新版本（followLatest）或固定于当前依据的版本（pinned）
                             * @enum {string}
                             */
                            binding: "followLatest" | "pinned";
                            version: number;
                        };
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作；csrf: 请求校验失败，请刷新页面后重试 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description plan-not-found: 方案不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description conflict: 数据已被他人修改，请刷新后重试 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description derivation-refused: 不能分解 */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/acknowledgements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 签收情况：下级方案各自依据本方案的哪个版本 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    planId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 各下级方案的签收版本 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Acknowledgements"];
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description plan-not-found: 方案不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 后台任务进度 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    jobId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 进度 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Job"];
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description job-not-found: 后台任务不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 台账：本单位及下级的任务分工，可筛选、排序、分页 */
        get: {
            parameters: {
                query?: {
                    year?: number;
                    planId?: string;
                    /** @description 只看某一承办单位；缺省为本单位及下级 */
                    orgId?: string;
                    /** @description 只看某单位及其下级（督查汇总下钻到的单位）；仍限于本单位及下级 */
                    underOrgId?: string;
                    state?: string;
                    light?: string;
                    /** @description true：只看已退回（报送被退回、待重新报送）的；false：不含已退回的 */
                    returned?: "true" | "false";
                    role?: "lead" | "responsible" | "cooperate";
                    /** @description 任务内容或单位名称中的文字 */
                    q?: string;
                    sort?: "due" | "state" | "light" | "unit" | "item" | "updated";
                    order?: "asc" | "desc";
                    limit?: number;
                    offset?: number | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 一页台账与总数 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LedgerPage"];
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description org-not-found: 单位不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ledger/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 按当前筛选导出台账为 Excel（最多 10 000 行） */
        get: {
            parameters: {
                query?: {
                    year?: number;
                    planId?: string;
                    /** @description 只看某一承办单位；缺省为本单位及下级 */
                    orgId?: string;
                    /** @description 只看某单位及其下级（督查汇总下钻到的单位）；仍限于本单位及下级 */
                    underOrgId?: string;
                    state?: string;
                    light?: string;
                    /** @description true：只看已退回（报送被退回、待重新报送）的；false：不含已退回的 */
                    returned?: "true" | "false";
                    role?: "lead" | "responsible" | "cooperate";
                    /** @description 任务内容或单位名称中的文字 */
                    q?: string;
                    sort?: "due" | "state" | "light" | "unit" | "item" | "updated";
                    order?: "asc" | "desc";
                    limit?: number;
                    offset?: number | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Excel 文件 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description org-not-found: 单位不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assignments/{assignmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一条任务分工：当前状态、办理记录与可执行的操作 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    assignmentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 任务分工 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssignmentDetail"];
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description assignment-not-found: 任务分工不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assignments/{assignmentId}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 报送完成情况（文字 + 佐证材料，multipart/form-data） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    assignmentId: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "multipart/form-data": {
                        /**
                         * @description 必填
                         * @example 1
                         */
                        expectedVersion?: string;
                        /**
                         * @description 必填
                         * @example 已在政府网站开设专栏，按时公开。
                         */
                        text?: string;
                        idempotencyKey?: string;
                        /** @description pdf、png、jpg、docx、xlsx、doc、xls、txt，每个 ≤ 20 MB，最多 10 个 */
                        files?: string[];
                    };
                };
            };
            responses: {
                /** @description 报送后的任务分工 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LedgerRow"];
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作；csrf: 请求校验失败，请刷新页面后重试 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description assignment-not-found: 任务分工不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description conflict: 数据已被他人修改，请刷新后重试；transition-not-allowed: 当前状态下不能执行此操作 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description payload-too-large: 文件或请求体过大 */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unsupported-media-type: 不支持的文件类型 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description transition-refused: 不满足办理条件；idempotency-key-reused: 该幂等键已用于另一项操作 */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assignments/{assignmentId}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 核验通过；审核步骤（初审、复审、终审）中为本步审核通过（不能核验本单位自己的报送） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    assignmentId: string;
                };
                cookie?: never;
            };
            /** @description 核验意见 */
            requestBody: {
                content: {
                    "application/json": components["schemas"]["VerifyRequest"];
                };
            };
            responses: {
                /** @description 核验后的任务分工 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LedgerRow"];
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作；csrf: 请求校验失败，请刷新页面后重试 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description assignment-not-found: 任务分工不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description conflict: 数据已被他人修改，请刷新后重试；transition-not-allowed: 当前状态下不能执行此操作 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description transition-refused: 不满足办理条件；idempotency-key-reused: 该幂等键已用于另一项操作 */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assignments/{assignmentId}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退回报送（须说明理由） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    assignmentId: string;
                };
                cookie?: never;
            };
            /** @description 退回理由 */
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ReturnRequest"];
                };
            };
            responses: {
                /** @description 退回后的任务分工 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LedgerRow"];
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作；csrf: 请求校验失败，请刷新页面后重试 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description assignment-not-found: 任务分工不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description conflict: 数据已被他人修改，请刷新后重试；transition-not-allowed: 当前状态下不能执行此操作 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description transition-refused: 不满足办理条件；idempotency-key-reused: 该幂等键已用于另一项操作 */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assignments/{assignmentId}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 触发任务分工的一个流程事件（申请延期、批准延期、销号、暂缓……）：可触发的事件及须填写的内容见 GET /assignments/{assignmentId} 的 transitions；附佐证材料时用 multipart/form-data */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    assignmentId: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["TransitionRequest"];
                    "multipart/form-data": {
                        /**
                         * @description 必填
                         * @example REPORT
                         */
                        event?: string;
                        /**
                         * @description 必填
                         * @example 1
                         */
                        expectedVersion?: string;
                        reason?: string;
                        comment?: string;
                        dueOn?: string;
                        idempotencyKey?: string;
                        /** @description 佐证材料 */
                        files?: string[];
                    };
                };
            };
            responses: {
                /** @description 触发后的任务分工 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LedgerRow"];
                    };
                };
                /** @description validation: 请求参数有误；validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作；csrf: 请求校验失败，请刷新页面后重试 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description assignment-not-found: 任务分工不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description conflict: 数据已被他人修改，请刷新后重试；transition-not-allowed: 当前状态下不能执行此操作 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description payload-too-large: 文件或请求体过大 */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unsupported-media-type: 不支持的文件类型 */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description transition-refused: 不满足办理条件；idempotency-key-reused: 该幂等键已用于另一项操作 */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assignments/{assignmentId}/urge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 督办（催办）：通知承办单位 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    assignmentId: string;
                };
                cookie?: never;
            };
            /** @description 督办内容 */
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UrgeRequest"];
                };
            };
            responses: {
                /** @description 已督办 */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            eventId: number;
                        };
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作；csrf: 请求校验失败，请刷新页面后重试 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description assignment-not-found: 任务分工不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assignments/{assignmentId}/evidence/{hash}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载佐证材料（仅限可查看该任务分工的账号） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    assignmentId: string;
                    hash: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 文件 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": string;
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description assignment-not-found: 任务分工不存在；evidence-not-found: 佐证材料不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rollup/{orgId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 汇总：某单位及其每个下级的状态与亮灯分布（逐级下钻） */
        get: {
            parameters: {
                query: {
                    year: number;
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 汇总 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Rollup"];
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description org-not-found: 单位不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/escalations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 督办单、约谈名单：本单位及下级逾期升级督办的任务（按最高一级） */
        get: {
            parameters: {
                query: {
                    orgId: string;
                    year?: number;
                    action?: "remind" | "notice" | "interview";
                    includeFinished?: "true" | "false";
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 督办、约谈名单 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EscalationList"];
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description org-not-found: 单位不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/lookback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 回头看（后台任务）：重新打开上年未完成的任务整改，并结转到下一年度；结果见 GET /api/jobs/{jobId} */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description 范围与年度 */
            requestBody: {
                content: {
                    "application/json": components["schemas"]["LookBackRequest"];
                };
            };
            responses: {
                /** @description 已开始；完成后 result 为回头看结果（LookBackResult） */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Job"];
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作；csrf: 请求校验失败，请刷新页面后重试 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description org-not-found: 单位不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/lookbacks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 回头看记录：本单位及下级开展过的回头看（谁、何时、年度、各项数量、结转方案），新的在前 */
        get: {
            parameters: {
                query: {
                    orgId: string;
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 回头看记录 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LookBackList"];
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description org-not-found: 单位不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/lookbacks/{lookBackId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一次回头看：记录及其涉及的台账（重新打开整改的、不能打开的、抽查的），整改期限 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    lookBackId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 回头看记录与台账 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LookBackDetail"];
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not-found: 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 台账反馈：本单位某年度发布的方案中，被点名的下级是否已在时限内发布本级分解方案（合计、按直属下级） */
        get: {
            parameters: {
                query: {
                    orgId: string;
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 反馈情况 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OrgFeedback"];
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description org-not-found: 单位不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本单位收到的督办、到期提醒、退回与升级督办：同一天同一任务同一类的消息汇总为一条（列出涉及单位），一页消息（新的在前，可分页，filter=pending 只列待处理），未读数、总数与待处理数 */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number | null;
                    /** @description all 全部；pending 待处理（仍需办理的消息） */
                    filter?: "all" | "pending";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 一页消息、未读数与总数 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Notifications"];
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/{eventId}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 标为已读：这条消息（eventId 为其任一事件）汇总的全部事件都标为已读 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    eventId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 已读 */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description csrf: 请求校验失败，请刷新页面后重试 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 全部标为已读：本单位消息中本账号未读的全部标为已读，答复标了几条 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 标为已读的条数 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            marked: number;
                        };
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description csrf: 请求校验失败，请刷新页面后重试 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision-notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 督办单、约谈通知：本单位及下级发出的（issued）或收到的（received），新的在前；按类别和状态计数（含逾期未答复） */
        get: {
            parameters: {
                query?: {
                    orgId?: string;
                    side?: "issued" | "received";
                    year?: number;
                    kind?: "notice" | "interview";
                    state?: "issued" | "signed" | "answered" | "closed";
                    overdue?: "true" | "false";
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 通知与计数 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NoticeList"];
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description org-not-found: 单位不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** 发出督办单或约谈通知（督查人员，对下级单位的任务）：文号按本单位当年顺序编号 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description 类别、任务、要求、答复时限 */
            requestBody: {
                content: {
                    "application/json": components["schemas"]["IssueNotice"];
                };
            };
            responses: {
                /** @description 已发出 */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NoticeDetail"];
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作；csrf: 请求校验失败，请刷新页面后重试 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description assignment-not-found: 任务分工不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description transition-refused: 不满足办理条件 */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision-notices/{noticeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一份督办单或约谈通知：文号、涉及的逾期任务、要求与答复时限、签收、整改答复、办结 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    noticeId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 通知 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NoticeDetail"];
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not-found: 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision-notices/{noticeId}/export.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 打印：督办通知书 / 约谈通知书（Word，公文格式，含签收回执） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    noticeId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 督办通知书 / 约谈通知书 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not-found: 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assignments/{assignmentId}/supervision-notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 某项任务的督办单、约谈通知 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    assignmentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 通知 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["NoticeSummary"][];
                        };
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description assignment-not-found: 任务分工不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision-notices/{noticeId}/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 签收（收文单位） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    noticeId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 办理后的通知 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NoticeDetail"];
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作；csrf: 请求校验失败，请刷新页面后重试 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not-found: 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description transition-not-allowed: 当前状态下不能执行此操作 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description transition-refused: 不满足办理条件 */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision-notices/{noticeId}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 整改答复（收文单位）：整改措施与整改完成时限 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    noticeId: string;
                };
                cookie?: never;
            };
            /** @description 整改答复 */
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AnswerNotice"];
                };
            };
            responses: {
                /** @description 办理后的通知 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NoticeDetail"];
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作；csrf: 请求校验失败，请刷新页面后重试 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not-found: 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description transition-not-allowed: 当前状态下不能执行此操作 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description transition-refused: 不满足办理条件 */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision-notices/{noticeId}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退回重新答复（发文单位），须写明理由 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    noticeId: string;
                };
                cookie?: never;
            };
            /** @description 退回理由 */
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NoticeNote"];
                };
            };
            responses: {
                /** @description 办理后的通知 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NoticeDetail"];
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作；csrf: 请求校验失败，请刷新页面后重试 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not-found: 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description transition-not-allowed: 当前状态下不能执行此操作 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description transition-refused: 不满足办理条件 */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision-notices/{noticeId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 办结（发文单位） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    noticeId: string;
                };
                cookie?: never;
            };
            /** @description 办结意见 */
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["NoticeNote"];
                };
            };
            responses: {
                /** @description 办理后的通知 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NoticeDetail"];
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作；csrf: 请求校验失败，请刷新页面后重试 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not-found: 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description transition-not-allowed: 当前状态下不能执行此操作 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description transition-refused: 不满足办理条件 */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workflow-variants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 流程库：内置流程，以及本单位、上级和下级设计的流程 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 流程列表 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WorkflowVariantList"];
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** 新建流程（保存为草稿；先校验：每个状态可到达、可走到终止状态、每个流转有执行者） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description 流程定义 */
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateWorkflowVariant"];
                };
            };
            responses: {
                /** @description 已保存的草稿 */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WorkflowVariant"];
                    };
                };
                /** @description validation: 请求参数有误；validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作；csrf: 请求校验失败，请刷新页面后重试 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description workflow-variant-not-found: 流程不存在；org-not-found: 单位不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description conflict: 数据已被他人修改，请刷新后重试 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workflow-variants/{variantId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一个流程：正在编辑的定义与最新发布版本 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    variantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 流程 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WorkflowVariant"];
                    };
                };
                /** @description validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description workflow-variant-not-found: 流程不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workflow-variants/{variantId}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 保存流程草稿（校验不通过时指明出错的状态或流转） */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    variantId: string;
                };
                cookie?: never;
            };
            /** @description 流程定义 */
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SaveWorkflowDraft"];
                };
            };
            responses: {
                /** @description 已保存的草稿 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WorkflowVariant"];
                    };
                };
                /** @description validation: 请求参数有误；validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作；csrf: 请求校验失败，请刷新页面后重试 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description workflow-variant-not-found: 流程不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description conflict: 数据已被他人修改，请刷新后重试 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workflow-variants/{variantId}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发布流程草稿为新版本；任务可选用已发布的版本 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    variantId: string;
                };
                cookie?: never;
            };
            /** @description 草稿版本 */
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PublishWorkflowVariant"];
                };
            };
            responses: {
                /** @description 已发布 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WorkflowVariant"];
                    };
                };
                /** @description validation: 请求参数有误；validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作；csrf: 请求校验失败，请刷新页面后重试 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description workflow-variant-not-found: 流程不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description conflict: 数据已被他人修改，请刷新后重试 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workflow-variants/{variantId}/migration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 把按旧版本办理中的任务分工迁到最新发布版本：dryRun 为 true 时只列出各状态将迁往何处、各多少；否则在一个事务中迁移，每条写一个事件 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    variantId: string;
                };
                cookie?: never;
            };
            /** @description 状态对应与是否试运行 */
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WorkflowMigrationRequest"];
                };
            };
            responses: {
                /** @description 迁移结果 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WorkflowMigrationResult"];
                    };
                };
                /** @description validation: 请求参数有误；validation: 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description unauthenticated: 请先登录 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description forbidden: 无权执行此操作；csrf: 请求校验失败，请刷新页面后重试 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description workflow-variant-not-found: 流程不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description conflict: 数据已被他人修改，请刷新后重试 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description RFC 9457 问题详情；可另带扩展字段（如 currentVersion、retryAfter） */
        Problem: {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
                path: string;
                message: string;
            }[];
        } & {
            [key: string]: unknown;
        };
        SignInHistory: {
            days: number;
            signIns: number;
            failures: number;
            items: {
                at: string;
                address: string;
                signedIn: boolean;
                method: components["schemas"]["SignInMethod"];
            }[];
        };
        /**
         * @description password 密码登录 · passwordCheck 设置新密码时核对当前密码 · oidc 统一身份认证
         * @enum {string}
         */
        SignInMethod: "password" | "passwordCheck" | "oidc";
        OwnSessions: {
            sessions: components["schemas"]["OwnSession"][];
        };
        OwnSession: {
            handle: string;
            createdAt: string;
            lastUsedAt: string;
            address: string | null;
            userAgent: string | null;
            current: boolean;
        };
        EndedSessions: {
            ended: number;
        };
        Session: {
            account: components["schemas"]["Account"];
            csrfToken: string;
            failedLogins?: components["schemas"]["FailedLoginsSince"];
        };
        /**
         * @example {
         *       "id": "user-bl-reporter",
         *       "username": "bl-reporter",
         *       "displayName": "博罗县司法局 报送员",
         *       "orgId": "441322-justice",
         *       "orgName": "博罗县司法局",
         *       "orgPath": "/440000/441300/441322/441322-justice/",
         *       "role": "reporter",
         *       "mustChangePassword": false
         *     }
         */
        Account: {
            id: string;
            username: string;
            displayName: string;
            orgId: string;
            orgName: string;
            orgPath: string;
            role: components["schemas"]["Role"];
            mustChangePassword: boolean;
        };
        /**
         * @description admin 管理员 · author 方案起草 · deriver 方案分解 · reporter 任务报送 · supervisor 督查核验
         * @enum {string}
         */
        Role: "admin" | "author" | "deriver" | "reporter" | "supervisor";
        FailedLoginsSince: {
            count: number;
            since: string | null;
            recent: components["schemas"]["FailedLogin"][];
        };
        /**
         * @example {
         *       "at": "2022-06-01T01:02:03.000Z",
         *       "address": "203.0.113.7"
         *     }
         */
        FailedLogin: {
            at: string;
            address: string;
        };
        /**
         * @example {
         *       "username": "hz-author",
         *       "password": "演示密码"
         *     }
         */
        LoginRequest: {
            username: string;
            password: string;
        };
        CurrentSession: {
            account: components["schemas"]["Account"] & (Record<string, never> | null);
            csrfToken: string;
        };
        /**
         * @example {
         *       "currentPassword": "nOP1YUj2s4WAG5-V8dk4Ez5-",
         *       "newPassword": "灯笼 果园 七十三 lantern"
         *     }
         */
        ChangePasswordRequest: {
            currentPassword: string;
            newPassword: string;
        };
        OrgFailedLogins: {
            org: {
                id: string;
                name: string;
            };
            days: number;
            rows: {
                username: string;
                displayName: string;
                orgId: string;
                orgName: string;
                address: string;
                count: number;
                firstAt: string;
                lastAt: string;
            }[];
        };
        /**
         * @example {
         *       "password": true,
         *       "oidc": true
         *     }
         */
        SignInMethods: {
            password: boolean;
            oidc: boolean;
        };
        AccountList: {
            org: {
                id: string;
                name: string;
                path: string;
            };
            total: number;
            limit: number;
            offset: number;
            items: components["schemas"]["ManagedAccount"][];
        };
        /**
         * @example {
         *       "username": "bl-author",
         *       "displayName": "博罗县 方案起草",
         *       "role": "author",
         *       "orgId": "441322",
         *       "orgName": "博罗县",
         *       "orgPath": "/440000/441300/441322/",
         *       "phone": null,
         *       "disabled": false,
         *       "mustChangePassword": true,
         *       "createdAt": "2022-06-01T01:02:03.000Z"
         *     }
         */
        ManagedAccount: {
            username: string;
            displayName: string;
            role: components["schemas"]["Role"];
            orgId: string;
            orgName: string;
            orgPath: string;
            phone: string | null;
            disabled: boolean;
            mustChangePassword: boolean;
            createdAt: string;
        };
        OneTimePassword: {
            account: components["schemas"]["ManagedAccount"];
            oneTimePassword: string;
        };
        /**
         * @example {
         *       "username": "bl-author2",
         *       "displayName": "张三",
         *       "orgId": "441322",
         *       "role": "author",
         *       "phone": "0752-6123456"
         *     }
         */
        CreateAccountRequest: {
            username: string;
            displayName: string;
            orgId: string;
            role: components["schemas"]["Role"];
            phone?: string;
        };
        /**
         * @example {
         *       "displayName": "李四",
         *       "role": "deriver"
         *     }
         */
        UpdateAccountRequest: {
            displayName?: string;
            orgId?: string;
            role?: components["schemas"]["Role"];
            phone?: string;
        };
        AccountOrgs: {
            orgs: {
                id: string;
                name: string;
                fullName: string;
                path: string;
                kind: string;
            }[];
        };
        AccountEvents: {
            total: number;
            items: components["schemas"]["AccountEvent"][];
        };
        AccountEvent: {
            id: number;
            at: string;
            type: components["schemas"]["AccountEventType"];
            actor: {
                id: string;
                name: string;
            };
            username: string;
            displayName: string;
            orgId: string;
            orgName: string;
            address: string | null;
            changes: {
                [key: string]: {
                    from?: unknown;
                    to?: unknown;
                };
            } | null;
        };
        /** @enum {string} */
        AccountEventType: "user.created" | "user.updated" | "user.disabled" | "user.enabled" | "user.passwordReset" | "user.passwordChanged";
        /**
         * @example {
         *       "fileName": "博罗县账号.xlsx",
         *       "headerRow": 1,
         *       "columns": {
         *         "username": "用户名",
         *         "displayName": "姓名",
         *         "org": "单位",
         *         "role": "角色",
         *         "phone": "电话"
         *       },
         *       "ignoredColumns": [
         *         "备注"
         *       ],
         *       "rows": [
         *         {
         *           "row": 2,
         *           "username": "bl-justice-li",
         *           "displayName": "李四",
         *           "org": "博罗县司法局",
         *           "orgId": "441322-justice",
         *           "orgFullName": "广东省惠州市博罗县司法局",
         *           "role": "reporter",
         *           "roleText": "任务报送",
         *           "phone": "",
         *           "errors": []
         *         },
         *         {
         *           "row": 3,
         *           "username": "hd-wang",
         *           "displayName": "王五",
         *           "org": "惠东县",
         *           "orgId": null,
         *           "orgFullName": null,
         *           "role": "reporter",
         *           "roleText": "报送",
         *           "phone": "",
         *           "errors": [
         *             {
         *               "field": "org",
         *               "message": "“惠东县”（广东省惠州市惠东县）不在您管理的范围内（博罗县及下级单位）"
         *             }
         *           ]
         *         }
         *       ],
         *       "summary": {
         *         "total": 2,
         *         "valid": 1,
         *         "invalid": 1
         *       }
         *     }
         */
        AccountImportPreview: {
            fileName: string;
            headerRow: number;
            columns: {
                [key: string]: string;
            };
            ignoredColumns: string[];
            rows: components["schemas"]["AccountImportRow"][];
            summary: {
                total: number;
                valid: number;
                invalid: number;
            };
        };
        AccountImportRow: {
            row: number;
            username: string;
            displayName: string;
            org: string;
            orgId: string | null;
            orgFullName: string | null;
            role: components["schemas"]["Role"] & (string | null);
            roleText: string;
            phone: string;
            errors: {
                field: components["schemas"]["AccountImportField"];
                message: string;
            }[];
        };
        /** @enum {string} */
        AccountImportField: "username" | "displayName" | "org" | "role" | "phone";
        AccountImportResult: {
            created: number;
            accounts: {
                row: number;
                username: string;
                displayName: string;
                orgId: string;
                orgName: string;
                role: components["schemas"]["Role"];
            }[];
            passwordSheet: {
                fileName: string;
                mediaType: string;
                base64: string;
            };
        };
        BulkActionResult: {
            done: number;
            failed: number;
            results: {
                id: string;
                ok: boolean;
                state?: string;
                version?: number;
                problem?: components["schemas"]["Problem"];
            }[];
        };
        /**
         * @example {
         *       "action": "urge",
         *       "rows": [
         *         {
         *           "id": "a-1",
         *           "expectedVersion": 1
         *         }
         *       ],
         *       "message": "请于本周五前报送完成情况"
         *     }
         */
        BulkActionRequest: {
            /** @enum {string} */
            action: "urge" | "verify" | "return";
            rows: {
                id: string;
                expectedVersion: number;
            }[];
            message?: string;
            reason?: string;
            comment?: string;
        };
        OrgCapabilities: {
            /** @description 编发政府公报 */
            gazette: boolean;
            /**
             * @description 政府网站：own 自有门户网站，column 在上级政府网站开设专栏，none 都没有
             * @enum {string}
             */
            website: "own" | "column" | "none";
            /** @description 制发行政规范性文件 */
            normativeDocuments: boolean;
            /** @description 举办新闻发布会 */
            pressConferences: boolean;
        };
        /**
         * @example {
         *       "gazette": false,
         *       "website": null
         *     }
         */
        OrgCapabilitiesPatch: {
            gazette?: boolean | null;
            /** @enum {string|null} */
            website?: "own" | "column" | "none" | null;
            normativeDocuments?: boolean | null;
            pressConferences?: boolean | null;
        };
        /**
         * @example {
         *       "name": "行政复议与应诉股"
         *     }
         */
        SectionName: {
            name: string;
        };
        ImportPreview: {
            source: string;
            fileName: string;
            draft: {
                title: string;
                docNumber: string | null;
                issuer: string | null;
                issuedOn: string | null;
                year: number;
                basis: {
                    title: string;
                    docNumber: string;
                }[];
                layout: string;
                columns: {
                    key: string;
                    header: string;
                    role: components["schemas"]["ColumnRole"];
                }[];
                items: components["schemas"]["ImportPreviewItem"][];
                unplaced: {
                    line: number;
                    text: string;
                }[];
                preamble: {
                    line: number;
                    text: string;
                }[];
                closing: {
                    line: number;
                    text: string;
                }[];
                summary: {
                    items: number;
                    itemsWithWarnings: number;
                    unplacedLines: number;
                };
            };
            rememberedChoices: {
                [key: string]: components["schemas"]["ColumnRole"];
            } | null;
        };
        /**
         * @description task 标题（上级任务）· measure 具体措施 · detail 措施说明 · number 序号 · lead 牵头单位 · responsible 责任单位 · cooperate 配合单位 · deadline 完成时限 · other 其他（保留）
         * @enum {string}
         */
        ColumnRole: "task" | "measure" | "detail" | "lead" | "responsible" | "cooperate" | "deadline" | "number" | "other";
        ImportPreviewItem: {
            label: string;
            path: string[];
            headings: string[];
            text: string;
            lead: string[];
            responsible: string[];
            cooperate: string[];
            deadline: {
                text: string;
                /** @enum {string} */
                kind: "date" | "month" | "yearEnd" | "recurring" | "ongoing" | "relative" | "perDocument" | "unspecified";
                due: string | null;
            };
            warnings: string[];
            extras: {
                column: string;
                text: string;
            }[];
            line: number;
        };
        /**
         * @example {
         *       "text": "序号\t工作任务\t具体措施\t谁来办\t完成时限\n…",
         *       "year": 2022,
         *       "columnChoices": {
         *         "谁来办": "responsible"
         *       }
         *     }
         */
        ImportPreviewRequest: {
            text: string;
            fileName?: string;
            year?: number;
            columnChoices?: components["schemas"]["ColumnChoices"];
        };
        /**
         * @description 列的含义：键为预览返回的 columns[].key（表头文字，无表头时为 #1、#2…），值为列的角色
         * @example {
         *       "谁来办": "responsible"
         *     }
         */
        ColumnChoices: {
            [key: string]: components["schemas"]["ColumnRole"];
        };
        ImportResult: {
            plan: components["schemas"]["PlanSummary"];
            items: number;
            unplaced: {
                line: number;
                text: string;
            }[];
        };
        PlanSummary: {
            id: string;
            ownerOrgId: string;
            ownerName: string;
            ownerPath: string;
            year: number;
            title: string;
            docNumber: string | null;
            /** @enum {string} */
            status: "draft" | "published" | "executing" | "closed";
            parentPlanId: string | null;
            publishedVersion: number;
            version: number;
            updatedAt: string;
            taskCount: number;
            /** @description 已发布后又有修改尚未发布（最新版本之后改过）；从未发布的方案为 false */
            unpublishedChanges: boolean;
        };
        /**
         * @example {
         *       "text": "一、…\n1.…〔牵头单位：市政务服务数据管理局〕",
         *       "year": 2022
         *     }
         */
        ImportTextRequest: {
            text: string;
            fileName?: string;
            year?: number;
            columnChoices?: components["schemas"]["ColumnChoices"];
            edits?: components["schemas"]["ImportEdit"][];
        };
        /**
         * @description 审核时对某一项的修改：单位以“、”分隔（可写“X牵头，Y配合”），空文本为清空；完成时限按原文写法
         * @example {
         *       "index": 0,
         *       "responsible": "市司法局、市财政局",
         *       "deadline": "2022年9月底前"
         *     }
         */
        ImportEdit: {
            index: number;
            lead?: string;
            responsible?: string;
            cooperate?: string;
            deadline?: string;
        };
        PlanList: {
            plans: components["schemas"]["PlanSummary"][];
            /** @description 符合条件的方案总数（不受分页影响） */
            total: number;
            limit: number;
            offset: number;
            /** @description 本人可见方案的全部年度（不受筛选影响），新的在前 */
            years: number[];
        };
        PlanDetail: {
            plan: {
                id: string;
                ownerOrgId: string;
                ownerName: string;
                ownerPath: string;
                year: number;
                title: string;
                docNumber: string | null;
                /** @enum {string} */
                status: "draft" | "published" | "executing" | "closed";
                parentPlanId: string | null;
                publishedVersion: number;
                version: number;
                updatedAt: string;
                taskCount: number;
                /** @description 已发布后又有修改尚未发布（最新版本之后改过）；从未发布的方案为 false */
                unpublishedChanges: boolean;
                issuer: string | null;
                issuedOn: string | null;
                basis: {
                    title: string;
                    docNumber: string;
                }[];
                unplaced: {
                    line: number;
                    text: string;
                }[];
                excluded: {
                    sourceLabel: string;
                    reason: string;
                }[];
            };
            items: components["schemas"]["PlanItem"][];
        };
        PlanItem: {
            id: string;
            /** @enum {string} */
            kind: "section" | "task";
            label: string;
            path: string[];
            text: string;
            units: components["schemas"]["UnitsByRole"];
            deadline: components["schemas"]["Deadline"];
            evidenceRequired: boolean;
            workflowVariant: string;
            rules: {
                [key: string]: unknown;
            }[];
            scoreWeight: number | null;
            /** @enum {string|null} */
            derivationStatus: "inherited" | "localized" | "overridden" | "added" | "notApplicable" | null;
            provenance: {
                sourceItemId?: string;
                sourceVersion?: number;
            } | null;
            overrides: {
                [key: string]: unknown;
            } | null;
            trace: {
                field: string;
                /** @description 规则或对应关系的编号，仅供程序使用，不向用户显示 */
                rule: string;
                /** @description 依据（中文） */
                fact: string;
                from: string;
                to: string;
                say?: components["schemas"]["Said"];
            }[] | null;
            version: number;
        };
        /**
         * @description 各角色的承办单位（原文写法）：lead 牵头 · responsible 责任 · cooperate 配合
         * @example {
         *       "lead": [
         *         "市政务服务数据管理局"
         *       ],
         *       "responsible": [
         *         "各县（区）人民政府（管委会）"
         *       ],
         *       "cooperate": []
         *     }
         */
        UnitsByRole: {
            lead: string[];
            responsible: string[];
            cooperate: string[];
        };
        /**
         * @example {
         *       "text": "2022年9月前",
         *       "kind": "month",
         *       "due": "2022-08-31",
         *       "note": "9月前 → 8月31日"
         *     }
         */
        Deadline: {
            text: string;
            /** @enum {string} */
            kind: "date" | "month" | "yearEnd" | "recurring" | "ongoing" | "relative" | "perDocument" | "unspecified";
            due: string | null;
            note?: string;
        } | null;
        /** @description 一句话：句型（kind）及其中的词（名称按原文，或又是一句话），由界面按读者的语言表述 */
        Said: {
            kind: string;
            params?: {
                [key: string]: unknown;
            };
        };
        /**
         * @example {
         *       "expectedVersion": 1,
         *       "reason": "县里提前完成",
         *       "patch": {
         *         "deadlineText": "2022年10月底前"
         *       }
         *     }
         */
        ItemPatchRequest: {
            expectedVersion: number;
            reason?: string;
            patch: {
                label?: string;
                text?: string;
                units?: components["schemas"]["UnitsByRole"];
                deadlineText?: string;
                evidenceRequired?: boolean;
                workflowVariant?: string;
                scoreWeight?: number | null;
                rules?: {
                    [key: string]: unknown;
                }[];
            };
        };
        /**
         * @description 编号由所在位置自动生成（一、/（一）/1./（1），沿用方案原有的编号方式），其后的事项顺次调整。
         * @example {
         *       "afterItemId": "plan-2022-441300#（一）3.",
         *       "kind": "task",
         *       "text": "新增措施"
         *     }
         */
        ItemAddRequest: {
            afterItemId?: string;
            inside?: boolean;
            /** @enum {string} */
            kind: "section" | "task";
            text: string;
            units?: components["schemas"]["UnitsByRole"];
            deadlineText?: string;
        };
        /**
         * @example {
         *       "move": "up"
         *     }
         */
        ItemMoveRequest: {
            /**
             * @description 上移、下移、降级（缩进）、升级
             * @enum {string}
             */
            move: "up" | "down" | "indent" | "outdent";
        };
        UnitsResolve: {
            resolved: {
                phrase: string;
                orgs: {
                    id: string;
                    name: string;
                }[];
            }[];
            choices: {
                id: string;
                name: string;
                kind: string;
            }[];
        };
        /**
         * @example {
         *       "phrases": [
         *         "市司法局",
         *         "各县（区）人民政府"
         *       ]
         *     }
         */
        UnitsResolveRequest: {
            phrases: string[];
        };
        PublishResult: {
            version: number;
            assignmentsIssued: number;
            /** @description 到期日随新时限调整的台账行 */
            rescheduled: number;
            /** @description 不再下达、已撤回（销号）的台账行 */
            withdrawn: number;
            plan: {
                id: string;
                /** @enum {string} */
                status: "draft" | "published" | "executing" | "closed";
                version: number;
                publishedVersion: number;
            };
        };
        /**
         * @example {
         *       "expectedVersion": 3,
         *       "summary": "首次发布",
         *       "acknowledgedWarnings": [
         *         "noDeadline"
         *       ]
         *     }
         */
        PublishRequest: {
            expectedVersion: number;
            /** @default  */
            summary: string;
            /** @description 发布前确认知晓的问题（发布预览 warnings[].code），记入发布记录 */
            acknowledgedWarnings?: string[];
        };
        PlanVersions: {
            versions: {
                version: number;
                summary: string;
                publishedBy: string;
                publishedAt: string;
            }[];
        };
        PlanFeedback: {
            plan: {
                id: string;
                title: string;
                ownerOrgId: string;
            };
            today: string;
            counts: components["schemas"]["FeedbackCounts"];
            rows: {
                planId: string;
                planTitle: string;
                orgId: string;
                orgName: string;
                /** @enum {string} */
                state: "pending" | "fedBack";
                late: boolean;
                light: string;
                dueOn: string | null;
                windowText: string;
                fedBackPlanId: string | null;
                fedBackOn: string | null;
            }[];
        };
        FeedbackCounts: {
            total: number;
            fedBack: number;
            /** @description 已反馈中逾期反馈的 */
            fedBackLate: number;
            pending: number;
            /** @description 待反馈中已过时限的 */
            overdue: number;
            byLight: {
                [key: string]: number;
            };
        };
        PlanProfile: {
            rules: {
                [key: string]: unknown;
            }[];
            isDefault: boolean;
            version: number;
        };
        /**
         * @example {
         *       "rules": [
         *         {
         *           "id": "capability:gazette",
         *           "kind": "applicability",
         *           "name": "不编发政府公报的单位不承接政府公报任务",
         *           "conditions": {
         *             "all": [
         *               {
         *                 "fact": "hasGazette",
         *                 "operator": "equal",
         *                 "value": false
         *               }
         *             ]
         *           },
         *           "event": {
         *             "type": "excludeMentioning",
         *             "params": {
         *               "words": [
         *                 "政府公报"
         *               ],
         *               "reason": "本级不编发政府公报"
         *             }
         *           }
         *         }
         *       ],
         *       "expectedVersion": 3
         *     }
         */
        PlanProfileRequest: {
            rules: {
                [key: string]: unknown;
            }[] | null;
            expectedVersion: number;
        };
        /**
         * @example {
         *       "from": "published",
         *       "to": "closed",
         *       "plan": {
         *         "id": "plan-2022-441322",
         *         "status": "closed",
         *         "version": 5,
         *         "publishedVersion": 2
         *       }
         *     }
         */
        PlanLifecycleResult: {
            /** @enum {string} */
            from: "draft" | "published" | "executing" | "closed";
            /** @enum {string} */
            to: "draft" | "published" | "executing" | "closed";
            plan: {
                id: string;
                /** @enum {string} */
                status: "draft" | "published" | "executing" | "closed";
                version: number;
                publishedVersion: number;
            };
        };
        /**
         * @example {
         *       "event": "CLOSE",
         *       "expectedVersion": 4
         *     }
         */
        PlanLifecycleRequest: {
            /**
             * @description START 开始执行（已发布 → 执行中） · CLOSE 年度收官（→ 已结束）
             * @enum {string}
             */
            event: "START" | "CLOSE";
            /** @description 读取时的方案版本号；给出时，方案已被他人修改则拒绝（409） */
            expectedVersion?: number;
        };
        /**
         * @example {
         *       "version": 2,
         *       "sinceVersion": 1,
         *       "changes": {
         *         "counts": {
         *           "added": 1,
         *           "removed": 0,
         *           "changed": 1
         *         },
         *         "tasks": [
         *           {
         *             "kind": "changed",
         *             "id": "plan-1#一、1.",
         *             "label": "1.",
         *             "text": "建设规章库专栏。",
         *             "fields": [
         *               {
         *                 "field": "deadline",
         *                 "before": "2022年9月底前",
         *                 "after": "2022年10月底前"
         *               }
         *             ]
         *           },
         *           {
         *             "kind": "added",
         *             "id": "plan-1#一、2.",
         *             "label": "2.",
         *             "text": "公开重大项目审批信息。"
         *           }
         *         ]
         *       },
         *       "ledger": {
         *         "issued": 1,
         *         "redated": 7,
         *         "closed": 0,
         *         "unchanged": 0
         *       },
         *       "warnings": [
         *         {
         *           "code": "noDeadline",
         *           "message": "1 项任务（2.）没有读到完成时限，台账中没有到期日，不会亮灯提醒。",
         *           "labels": [
         *             "2."
         *           ],
         *           "units": [],
         *           "issuer": null
         *         }
         *       ]
         *     }
         */
        PublishPreview: {
            /** @description 现在发布将成为第几版 */
            version: number;
            /** @description 与第几版比较（0 表示从未发布，所有任务均为新增） */
            sinceVersion: number;
            changes: {
                counts: {
                    added: number;
                    removed: number;
                    changed: number;
                };
                tasks: components["schemas"]["TaskChange"][];
            };
            /** @description 发布对台账的影响，与发布时同步台账的计算相同 */
            ledger: {
                /** @description 新下达的台账行 */
                issued: number;
                /** @description 完成时限变化、到期日随之调整的台账行 */
                redated: number;
                /** @description 任务或单位已删除、将撤回（销号）的台账行 */
                closed: number;
                /** @description 不变的台账行 */
                unchanged: number;
            };
            warnings: {
                code: components["schemas"]["PublishWarningCode"];
                /** @description 中文说明 */
                message: string;
                /** @description 涉及的任务编号 */
                labels: string[];
                /** @description 涉及的单位用语 */
                units: string[];
                /** @description 写明其他地方的发文单位（anotherPlace） */
                issuer: string | null;
            }[];
        };
        TaskChange: {
            /**
             * @description added 新增 · removed 删除或标为不适用 · changed 修改
             * @enum {string}
             */
            kind: "added" | "removed" | "changed";
            id: string;
            label: string;
            text: string;
            /** @description 修改了哪些字段（仅 changed） */
            fields?: {
                /**
                 * @description text 内容 · lead 牵头单位 · responsible 责任单位 · cooperate 配合单位 · deadline 完成时限
                 * @enum {string}
                 */
                field: "text" | "lead" | "responsible" | "cooperate" | "deadline";
                before: string;
                after: string;
            }[];
        };
        /**
         * @description noUnits 任务没有承办单位 · noDeadline 没有读到完成时限 · unknownUnits 单位在本单位组织机构中找不到 · anotherPlace 方案像是其他地方的文件
         * @enum {string}
         */
        PublishWarningCode: "noUnits" | "noDeadline" | "unknownUnits" | "anotherPlace";
        /** @description 上级已发布、下达到本单位的方案，以及本单位是否已分解 */
        DerivationInbox: {
            plans: {
                id: string;
                ownerOrgId: string;
                ownerName: string;
                ownerPath: string;
                year: number;
                title: string;
                docNumber: string | null;
                /** @enum {string} */
                status: "draft" | "published" | "executing" | "closed";
                parentPlanId: string | null;
                publishedVersion: number;
                version: number;
                updatedAt: string;
                taskCount: number;
                /** @description 已发布后又有修改尚未发布（最新版本之后改过）；从未发布的方案为 false */
                unpublishedChanges: boolean;
                derivedPlanId: string | null;
            }[];
        };
        /**
         * @example {
         *       "childOrgId": "441322"
         *     }
         */
        DeriveRequest: {
            childOrgId: string;
            sections?: {
                [key: string]: string[];
            };
        };
        /** @description 逐项对照：上级下达的每项任务在本级是落实、调整、不适用（附理由）还是缺失 */
        Coverage: {
            rows: {
                sourceItemId: string;
                sourceLabel: string;
                /** @enum {string} */
                state: "covered" | "modified" | "dropped" | "missing";
                /** @description 理由：本级标为不适用（dropped，必填）或调整（modified，修改时填写）时说明的理由 */
                justification?: string;
                /** @description 本级编号：落实该任务的本级事项在本级大纲中的编号 */
                label?: string;
                /** @description 指导单位：指导本级落实该任务的上级单位 */
                guidedBy: string[];
                /**
                 * @description 分解时本级的变化及依据（编号、用语、承办单位、指导单位、时限），来自本级事项的推导依据
                 * @example [
                 *       "编号：上级第26项，本级第24项（本级方案按自身大纲编号）",
                 *       "用语：全县→全镇（石坝镇自称“镇”）"
                 *     ]
                 */
                changes: string[];
                /** @description 同 changes，按读者的语言表述 */
                notes: components["schemas"]["Said"][];
            }[];
            counts: {
                covered: number;
                modified: number;
                dropped: number;
                missing: number;
            };
            canPublish: boolean;
            problems: string[];
        };
        /** @description 预览：按当前草稿（含事项规则），某个下级政府或本级部门分解后得到的方案；不保存任何内容 */
        DerivationPreview: {
            child: {
                id: string;
                name: string;
                kind: string;
            };
            /** @description 部门分解时该部门的股室（可在分解时为每项任务指定承担的股室）；下级政府或未设股室的部门为空 */
            sections: {
                id: string;
                name: string;
            }[];
            items: {
                /** @description 本级编号（本级方案按自身大纲编号） */
                label: string;
                /** @description 上级编号 */
                sourceLabel: string;
                /** @description 上级方案中的层级编号 */
                sourcePath: string[];
                /** @description 上级事项的编号（id），分解时按它指定股室 */
                sourceId?: string;
                path: string[];
                text: string;
                units: components["schemas"]["UnitsByRole"];
                deadline: components["schemas"]["Deadline"];
                /** @enum {string} */
                status: "inherited" | "localized";
                /** @description 指导单位：指导下级落实该任务的上级单位（不是下级的承办单位） */
                guidedBy: string[];
                /** @description 协同单位：部门分解时同级的其他单位 */
                partners: string[];
                /** @description 部门分解时承担该任务的股室（默认按任务内容确定） */
                sectionIds: string[];
                /**
                 * @description 本级的变化及依据，逐句说明
                 * @example [
                 *       "编号：上级第26项，本级第24项（本级方案按自身大纲编号）",
                 *       "指导单位：博罗县人力资源和社会保障局（上级单位对石坝镇负指导责任，不列为本级责任单位）"
                 *     ]
                 */
                changes: string[];
                /** @description 同 changes，按读者的语言表述 */
                notes: components["schemas"]["Said"][];
                trace: {
                    field: string;
                    /** @description 规则或对应关系的编号，仅供程序使用，不向用户显示 */
                    rule: string;
                    /** @description 依据（中文） */
                    fact: string;
                    from: string;
                    to: string;
                    say?: components["schemas"]["Said"];
                    cites?: string;
                }[];
                parent: {
                    text: string;
                    units: components["schemas"]["UnitsByRole"];
                    deadline: components["schemas"]["Deadline"];
                };
            }[];
            excluded: {
                sourceLabel: string;
                path: string[];
                reason: string;
                say?: components["schemas"]["Said"];
            }[];
        };
        /** @description 上级版本与本级方案逐项并排 */
        PlanDiff: {
            parent: components["schemas"]["PlanSummary"] & (Record<string, never> | null);
            pairs: {
                parent: components["schemas"]["PlanItem"] & (Record<string, never> | null);
                child: components["schemas"]["PlanItem"] & (Record<string, never> | null);
            }[];
        };
        Job: {
            id: string;
            kind: string;
            /** @enum {string} */
            state: "queued" | "running" | "succeeded" | "failed";
            done: number;
            total: number;
            message: string;
            result?: unknown;
            error?: string;
            startedAt: string;
            finishedAt?: string;
        };
        /** @description 上级更新：上级新版本相对本方案所依据版本的变化，按事项、字段三方比对（take 自动采用、keep 保留本级、conflict 需选择） */
        Upstream: {
            fromVersion: number;
            toVersion: number;
            /** @description 上级最新发布版本（固定版本时可能高于 toVersion） */
            latestVersion: number;
            /** @enum {string} */
            binding: "followLatest" | "pinned";
            conflicts: number;
            automatic: number;
            items: {
                /** @enum {string} */
                kind: "added" | "removed" | "changed";
                key: string;
                label: string;
                text: string;
                fields: {
                    /** @enum {string} */
                    field: "text" | "units" | "deadline";
                    base?: unknown;
                    theirs?: unknown;
                    ours?: unknown;
                    /** @enum {string} */
                    state: "take" | "keep" | "conflict" | "same";
                }[];
            }[];
        };
        /**
         * @example {
         *       "toVersion": 2,
         *       "resolutions": [
         *         {
         *           "key": "（二）4.",
         *           "field": "deadline",
         *           "choice": "ours"
         *         }
         *       ]
         *     }
         */
        UpstreamMergeRequest: {
            toVersion: number;
            /** @default [] */
            resolutions: {
                key: string;
                /** @enum {string} */
                field: "text" | "units" | "deadline";
                /** @enum {string} */
                choice: "ours" | "theirs";
            }[];
        };
        /**
         * @example {
         *       "binding": "pinned",
         *       "expectedVersion": 3
         *     }
         */
        BindingRequest: {
            /**
             * @description 跟随上级最新版本（followLatest）或固定于当前依据的版本（pinned）
             * @enum {string}
             */
            binding: "followLatest" | "pinned";
            expectedVersion: number;
        };
        /** @description 签收情况：由本方案分解的下级方案各自依据（已签收）的版本 */
        Acknowledgements: {
            rows: {
                planId: string;
                orgId: string;
                orgName: string;
                /**
                 * @description 跟随上级最新版本（followLatest）或固定于当前依据的版本（pinned）
                 * @enum {string}
                 */
                binding: "followLatest" | "pinned";
                acknowledgedVersion: number | null;
                latestVersion: number;
                isCurrent: boolean;
                acknowledgedAt: string | null;
            }[];
        };
        LedgerPage: {
            rows: components["schemas"]["LedgerRow"][];
            total: number;
        };
        LedgerRow: {
            id: string;
            planId: string;
            planTitle: string;
            itemId: string;
            itemLabel: string;
            itemPath: string[];
            itemText: string;
            orgId: string;
            orgName: string;
            orgPath: string;
            role: string;
            periodKey: string;
            /**
             * @description draft 草稿 · assigned 已下达 · reported 已报送 · verified 已核验 · closed 已销号 · rectifying 整改中 · review1… 审核步骤
             * @example reported
             */
            state: string;
            /**
             * @description 自定义流程（流程设计，wf-…）中该状态的名称；内置流程的状态名称由界面按 state 翻译
             * @example 延期待批
             */
            stateLabel?: string;
            /**
             * @description 红黄绿灯：按剩余工作日
             * @enum {string}
             */
            light: "green" | "yellow" | "red" | "none";
            dueOn: string | null;
            deadlineText: string | null;
            year: number;
            evidenceRequired: boolean;
            lastReport: {
                text: string;
                evidence: {
                    name: string;
                    hash?: string;
                    size?: number;
                    mediaType?: string;
                }[];
            } | null;
            lastComment: string | null;
            version: number;
            updatedAt: string;
            /**
             * @description 状态类别：open 办理中 · inReview 审核中 · done 已完成 · rectifying 整改中 · closed 已销号 · suspended 暂缓
             * @enum {string}
             */
            stateCategory: "open" | "inReview" | "done" | "rectifying" | "closed" | "suspended";
            workflowVariant: string;
            workflowVersion: number;
            /** @description 该任务所属的方案版本 */
            templateVersion: number;
            /** @description 下达该任务的方案所属单位：由其督查核验 */
            ownerOrgId: string;
            ownerOrgName: string;
        };
        /** @description actions: 当前账号此刻可执行的操作（report / verify / return / urge）；transitions: 当前账号此刻可触发的流程事件及须填写的内容（POST …/transitions） */
        AssignmentDetail: {
            assignment: components["schemas"]["LedgerRow"];
            events: components["schemas"]["Event"][];
            actions: string[];
            transitions: components["schemas"]["FireableEvent"][];
        };
        Event: {
            id: number;
            at: string;
            actor: string;
            actorName: string;
            type: string;
            payload: {
                [key: string]: unknown;
            };
        };
        /**
         * @example {
         *       "event": "REQUEST_EXTENSION",
         *       "label": "申请延期",
         *       "target": "extensionRequested",
         *       "targetLabel": "延期待批",
         *       "input": [
         *         "reason",
         *         "dueOn"
         *       ]
         *     }
         */
        FireableEvent: {
            event: string;
            label: string;
            target: string;
            targetLabel: string;
            input: ("reason" | "evidence" | "dueOn" | "comment")[];
        };
        /**
         * @example {
         *       "expectedVersion": 2,
         *       "comment": "材料齐全，核验通过"
         *     }
         */
        VerifyRequest: {
            expectedVersion: number;
            comment?: string;
            idempotencyKey?: string;
        };
        /**
         * @example {
         *       "expectedVersion": 2,
         *       "reason": "缺少公开截图，请补充"
         *     }
         */
        ReturnRequest: {
            expectedVersion: number;
            reason: string;
            idempotencyKey?: string;
        };
        /**
         * @example {
         *       "event": "REQUEST_EXTENSION",
         *       "expectedVersion": 1,
         *       "reason": "项目审批尚未完成",
         *       "dueOn": "2022-09-30"
         *     }
         */
        TransitionRequest: {
            event: string;
            expectedVersion: number;
            reason?: string;
            comment?: string;
            dueOn?: string;
            idempotencyKey?: string;
        };
        /**
         * @example {
         *       "message": "请于本周五前报送完成情况"
         *     }
         */
        UrgeRequest: {
            message: string;
        };
        Rollup: {
            org: {
                id: string;
                name: string;
            };
            year: number;
            counts: {
                total: number;
                byState: {
                    [key: string]: number;
                };
                byCategory: {
                    [key: string]: number;
                };
                byLight: {
                    [key: string]: number;
                };
            };
            children: {
                id: string;
                name: string;
                kind: string;
                counts: {
                    total: number;
                    byState: {
                        [key: string]: number;
                    };
                    byCategory: {
                        [key: string]: number;
                    };
                    byLight: {
                        [key: string]: number;
                    };
                };
            }[];
        };
        EscalationList: {
            org: {
                id: string;
                name: string;
            };
            counts: {
                remind: number;
                notice: number;
                interview: number;
            };
            items: {
                assignmentId: string;
                planId: string;
                itemLabel: string;
                itemText: string;
                orgId: string;
                orgName: string;
                /** @enum {string} */
                action: "remind" | "notice" | "interview";
                actionLabel: string;
                step: string;
                raisedOn: string;
                redWorkingDays: number;
                dueOn: string | null;
                state: string;
                light: string;
            }[];
        };
        /**
         * @example {
         *       "orgId": "360681",
         *       "year": 2021
         *     }
         */
        LookBackRequest: {
            orgId: string;
            year: number;
        };
        LookBackList: {
            runs: components["schemas"]["LookBackRun"][];
        };
        LookBackRun: {
            id: string;
            rootOrgId: string;
            rootOrgName: string;
            year: number;
            startedBy: string;
            startedByName: string;
            startedAt: string;
            reopenedOn: string;
            finishedAt: string | null;
            /** @enum {string} */
            state: "running" | "succeeded" | "failed";
            unfinished: number;
            reopened: number;
            carried: number;
            refused: number;
            sampled: number;
            carryPlans: {
                planId: string;
                ownerOrgId: string;
                ownerName: string;
                title: string;
                created: boolean;
                status: string;
            }[];
        };
        LookBackDetail: {
            run: components["schemas"]["LookBackRun"];
            rows: {
                assignmentId: string;
                /** @enum {string} */
                outcome: "reopened" | "refused" | "sampled";
                orgName: string;
                label: string;
                text: string;
                rectificationId: string | null;
                dueOn: string | null;
                message: string | null;
            }[];
        };
        OrgFeedback: {
            org: {
                id: string;
                name: string;
            };
            year: number;
            today: string;
            counts: components["schemas"]["FeedbackCounts"];
            byChild: {
                [key: string]: components["schemas"]["FeedbackCounts"];
            };
            rows: {
                planId: string;
                planTitle: string;
                orgId: string;
                orgName: string;
                /** @enum {string} */
                state: "pending" | "fedBack";
                late: boolean;
                light: string;
                dueOn: string | null;
                windowText: string;
                fedBackPlanId: string | null;
                fedBackOn: string | null;
            }[];
        };
        Notifications: {
            items: components["schemas"]["Notification"][];
            unread: number;
            total: number;
            pending: number;
        };
        /** @description 一条消息：同一天、同一任务、同一类的事件汇总为一条（如18个乡镇同一县级任务的督办单为一条，列出涉及单位） */
        Notification: {
            eventId: number;
            at: string;
            type: string;
            assignmentId: string | null;
            planId: string | null;
            /** @description 所属方案标题（消息按方案分组） */
            planTitle: string;
            orgName: string;
            itemText: string;
            message: string;
            read: boolean;
            /** @description 本条汇总的全部事件（新的在前） */
            eventIds: number[];
            /** @description 汇总的事件数 */
            count: number;
            /** @description 涉及的单位数 */
            unitCount: number;
            /** @description 涉及单位的前几个名称 */
            units: string[];
            /** @description 升级督办已开具的督办单／约谈通知文号（前几个） */
            docNumbers: string[];
            /** @description 已处理：涉及的台账均已报送、核验或销号（结转方案已发布），不再需要办理 */
            actedOn: boolean;
        };
        NoticeList: {
            org: {
                id: string;
                name: string;
            };
            /** @enum {string} */
            side: "issued" | "received";
            today: string;
            counts: {
                notice: components["schemas"]["NoticeCounts"];
                interview: components["schemas"]["NoticeCounts"];
            };
            items: components["schemas"]["NoticeSummary"][];
        };
        NoticeCounts: {
            issued: number;
            signed: number;
            answered: number;
            closed: number;
            total: number;
            overdue: number;
        };
        NoticeSummary: {
            id: string;
            /** @enum {string} */
            kind: "notice" | "interview";
            kindLabel: string;
            docNumber: string;
            issuerOrgId: string;
            issuerName: string;
            issuerOrgPath: string;
            unitOrgId: string;
            unitName: string;
            unitOrgPath: string;
            planYear: number;
            step: string | null;
            issuedOn: string;
            answerDueOn: string;
            /** @enum {string} */
            state: "issued" | "signed" | "answered" | "closed";
            stateLabel: string;
            overdue: boolean;
            rectifyBy: string | null;
            taskCount: number;
            firstTask: {
                label: string;
                text: string;
                assignmentId: string;
                planId: string | null;
            };
            actions: ("sign" | "answer" | "return" | "close")[];
        };
        NoticeDetail: {
            id: string;
            /** @enum {string} */
            kind: "notice" | "interview";
            kindLabel: string;
            docNumber: string;
            issuerOrgId: string;
            issuerName: string;
            issuerOrgPath: string;
            unitOrgId: string;
            unitName: string;
            unitOrgPath: string;
            planYear: number;
            step: string | null;
            issuedOn: string;
            answerDueOn: string;
            /** @enum {string} */
            state: "issued" | "signed" | "answered" | "closed";
            stateLabel: string;
            overdue: boolean;
            rectifyBy: string | null;
            taskCount: number;
            firstTask: {
                label: string;
                text: string;
                assignmentId: string;
                planId: string | null;
            };
            actions: ("sign" | "answer" | "return" | "close")[];
            requirement: string;
            issuedBy: string;
            issuedAt: string;
            signedBy: string | null;
            signedAt: string | null;
            answerText: string | null;
            answeredBy: string | null;
            answeredAt: string | null;
            returnReason: string | null;
            closedBy: string | null;
            closedAt: string | null;
            closingNote: string | null;
            tasks: {
                assignmentId: string;
                planId: string | null;
                label: string;
                text: string;
                dueOn: string | null;
                redWorkingDays: number;
                state: string | null;
                light: string | null;
            }[];
        };
        /**
         * @example {
         *       "kind": "notice",
         *       "assignmentIds": [
         *         "a-441322-justice-1"
         *       ],
         *       "requirement": "请于5个工作日内报送整改措施"
         *     }
         */
        IssueNotice: {
            /**
             * @default notice
             * @enum {string}
             */
            kind: "notice" | "interview";
            assignmentIds: string[];
            requirement?: string;
            answerWorkingDays?: number;
        };
        /**
         * @example {
         *       "plan": "已补充公开栏目并指定专人维护",
         *       "rectifyBy": "2022-10-31"
         *     }
         */
        AnswerNotice: {
            plan: string;
            /** Format: date */
            rectifyBy: string;
        };
        /**
         * @example {
         *       "note": "整改措施不具体，请补充时间安排"
         *     }
         */
        NoticeNote: {
            note?: string;
        };
        WorkflowVariantList: {
            variants: components["schemas"]["WorkflowVariant"][];
        };
        WorkflowVariant: {
            id: string;
            name: string;
            /** @enum {string} */
            kind: "builtIn" | "designed";
            ownerOrgId: string | null;
            publishedVersion: number;
            ref: string | null;
            hasDraft: boolean;
            version: number;
            definition: {
                [key: string]: unknown;
            };
            published: {
                [key: string]: unknown;
            } | null;
            versions?: {
                version: number;
                states: {
                    [key: string]: string;
                };
            }[];
        };
        /**
         * @example {
         *       "definition": {
         *         "name": "可申请延期",
         *         "initial": "draft",
         *         "states": {
         *           "draft": {
         *             "label": "草稿",
         *             "category": "open",
         *             "on": {
         *               "ASSIGN": {
         *                 "target": "assigned",
         *                 "label": "下达",
         *                 "by": [
         *                   "planOwner"
         *                 ]
         *               }
         *             }
         *           },
         *           "assigned": {
         *             "label": "已下达",
         *             "category": "open",
         *             "on": {
         *               "REPORT": {
         *                 "target": "reported",
         *                 "label": "报送",
         *                 "guards": [
         *                   "hasEvidence"
         *                 ],
         *                 "by": [
         *                   "assignee"
         *                 ],
         *                 "input": [
         *                   "evidence"
         *                 ]
         *               },
         *               "REOPEN": {
         *                 "target": "rectifying",
         *                 "label": "回头看整改",
         *                 "guards": [
         *                   "hasReason"
         *                 ],
         *                 "by": [
         *                   "verifier"
         *                 ],
         *                 "input": [
         *                   "reason"
         *                 ]
         *               },
         *               "REQUEST_EXTENSION": {
         *                 "target": "extensionRequested",
         *                 "label": "申请延期",
         *                 "by": [
         *                   "assignee"
         *                 ],
         *                 "input": [
         *                   "reason",
         *                   "dueOn"
         *                 ]
         *               }
         *             }
         *           },
         *           "reported": {
         *             "label": "已报送",
         *             "category": "inReview",
         *             "on": {
         *               "VERIFY": {
         *                 "target": "verified",
         *                 "label": "核验通过",
         *                 "guards": [
         *                   "notOwnUnit"
         *                 ],
         *                 "by": [
         *                   "verifier"
         *                 ]
         *               },
         *               "RETURN": {
         *                 "target": "assigned",
         *                 "label": "退回",
         *                 "guards": [
         *                   "hasReason",
         *                   "notOwnUnit"
         *                 ],
         *                 "by": [
         *                   "verifier"
         *                 ],
         *                 "input": [
         *                   "reason"
         *                 ]
         *               }
         *             }
         *           },
         *           "verified": {
         *             "label": "已核验",
         *             "category": "done",
         *             "on": {
         *               "CLOSE": {
         *                 "target": "closed",
         *                 "label": "销号",
         *                 "guards": [
         *                   "notOwnUnit"
         *                 ],
         *                 "by": [
         *                   "verifier"
         *                 ]
         *               },
         *               "REOPEN": {
         *                 "target": "rectifying",
         *                 "label": "回头看整改",
         *                 "guards": [
         *                   "hasReason"
         *                 ],
         *                 "by": [
         *                   "verifier"
         *                 ],
         *                 "input": [
         *                   "reason"
         *                 ]
         *               }
         *             }
         *           },
         *           "rectifying": {
         *             "label": "整改中",
         *             "category": "rectifying",
         *             "on": {
         *               "REPORT": {
         *                 "target": "reported",
         *                 "label": "报送整改情况",
         *                 "guards": [
         *                   "hasEvidence"
         *                 ],
         *                 "by": [
         *                   "assignee"
         *                 ],
         *                 "input": [
         *                   "evidence"
         *                 ]
         *               }
         *             }
         *           },
         *           "closed": {
         *             "label": "已销号",
         *             "category": "closed",
         *             "final": true
         *           },
         *           "extensionRequested": {
         *             "label": "延期待批",
         *             "category": "open",
         *             "on": {
         *               "APPROVE_EXTENSION": {
         *                 "target": "assigned",
         *                 "label": "批准延期",
         *                 "guards": [
         *                   "notOwnUnit"
         *                 ],
         *                 "by": [
         *                   "verifier"
         *                 ],
         *                 "input": [
         *                   "dueOn"
         *                 ],
         *                 "effect": "reschedule"
         *               },
         *               "REFUSE_EXTENSION": {
         *                 "target": "assigned",
         *                 "label": "不予延期",
         *                 "guards": [
         *                   "notOwnUnit"
         *                 ],
         *                 "by": [
         *                   "verifier"
         *                 ],
         *                 "input": [
         *                   "reason"
         *                 ]
         *               }
         *             }
         *           }
         *         }
         *       }
         *     }
         */
        CreateWorkflowVariant: {
            ownerOrgId?: string;
            definition: components["schemas"]["WorkflowDefinition"];
        };
        /**
         * @example {
         *       "name": "可申请延期",
         *       "initial": "draft",
         *       "states": {
         *         "draft": {
         *           "label": "草稿",
         *           "category": "open",
         *           "on": {
         *             "ASSIGN": {
         *               "target": "assigned",
         *               "label": "下达",
         *               "by": [
         *                 "planOwner"
         *               ]
         *             }
         *           }
         *         },
         *         "assigned": {
         *           "label": "已下达",
         *           "category": "open",
         *           "on": {
         *             "REPORT": {
         *               "target": "reported",
         *               "label": "报送",
         *               "guards": [
         *                 "hasEvidence"
         *               ],
         *               "by": [
         *                 "assignee"
         *               ],
         *               "input": [
         *                 "evidence"
         *               ]
         *             },
         *             "REOPEN": {
         *               "target": "rectifying",
         *               "label": "回头看整改",
         *               "guards": [
         *                 "hasReason"
         *               ],
         *               "by": [
         *                 "verifier"
         *               ],
         *               "input": [
         *                 "reason"
         *               ]
         *             },
         *             "REQUEST_EXTENSION": {
         *               "target": "extensionRequested",
         *               "label": "申请延期",
         *               "by": [
         *                 "assignee"
         *               ],
         *               "input": [
         *                 "reason",
         *                 "dueOn"
         *               ]
         *             }
         *           }
         *         },
         *         "reported": {
         *           "label": "已报送",
         *           "category": "inReview",
         *           "on": {
         *             "VERIFY": {
         *               "target": "verified",
         *               "label": "核验通过",
         *               "guards": [
         *                 "notOwnUnit"
         *               ],
         *               "by": [
         *                 "verifier"
         *               ]
         *             },
         *             "RETURN": {
         *               "target": "assigned",
         *               "label": "退回",
         *               "guards": [
         *                 "hasReason",
         *                 "notOwnUnit"
         *               ],
         *               "by": [
         *                 "verifier"
         *               ],
         *               "input": [
         *                 "reason"
         *               ]
         *             }
         *           }
         *         },
         *         "verified": {
         *           "label": "已核验",
         *           "category": "done",
         *           "on": {
         *             "CLOSE": {
         *               "target": "closed",
         *               "label": "销号",
         *               "guards": [
         *                 "notOwnUnit"
         *               ],
         *               "by": [
         *                 "verifier"
         *               ]
         *             },
         *             "REOPEN": {
         *               "target": "rectifying",
         *               "label": "回头看整改",
         *               "guards": [
         *                 "hasReason"
         *               ],
         *               "by": [
         *                 "verifier"
         *               ],
         *               "input": [
         *                 "reason"
         *               ]
         *             }
         *           }
         *         },
         *         "rectifying": {
         *           "label": "整改中",
         *           "category": "rectifying",
         *           "on": {
         *             "REPORT": {
         *               "target": "reported",
         *               "label": "报送整改情况",
         *               "guards": [
         *                 "hasEvidence"
         *               ],
         *               "by": [
         *                 "assignee"
         *               ],
         *               "input": [
         *                 "evidence"
         *               ]
         *             }
         *           }
         *         },
         *         "closed": {
         *           "label": "已销号",
         *           "category": "closed",
         *           "final": true
         *         },
         *         "extensionRequested": {
         *           "label": "延期待批",
         *           "category": "open",
         *           "on": {
         *             "APPROVE_EXTENSION": {
         *               "target": "assigned",
         *               "label": "批准延期",
         *               "guards": [
         *                 "notOwnUnit"
         *               ],
         *               "by": [
         *                 "verifier"
         *               ],
         *               "input": [
         *                 "dueOn"
         *               ],
         *               "effect": "reschedule"
         *             },
         *             "REFUSE_EXTENSION": {
         *               "target": "assigned",
         *               "label": "不予延期",
         *               "guards": [
         *                 "notOwnUnit"
         *               ],
         *               "by": [
         *                 "verifier"
         *               ],
         *               "input": [
         *                 "reason"
         *               ]
         *             }
         *           }
         *         }
         *       }
         *     }
         */
        WorkflowDefinition: {
            name: string;
            initial: string;
            states: {
                [key: string]: {
                    label: string;
                    /**
                     * @description 状态类别：open 办理中 · inReview 审核中 · done 已完成 · rectifying 整改中 · closed 已销号 · suspended 暂缓
                     * @enum {string}
                     */
                    category: "open" | "inReview" | "done" | "rectifying" | "closed" | "suspended";
                    final?: boolean;
                    on?: {
                        [key: string]: {
                            target: string;
                            label: string;
                            guards?: (("hasEvidence" | "hasReason" | "notOwnUnit" | "headApproved") | {
                                rule: string;
                                condition: {
                                    [key: string]: unknown;
                                };
                            })[];
                            by?: (("assignee" | "verifier" | "planOwner") | {
                                role: string;
                            })[];
                            input?: ("reason" | "evidence" | "dueOn" | "comment")[];
                            /** @enum {string} */
                            effect?: "reschedule";
                        };
                    };
                };
            };
        };
        /**
         * @example {
         *       "expectedVersion": 1,
         *       "definition": {
         *         "name": "可申请延期",
         *         "initial": "draft",
         *         "states": {
         *           "draft": {
         *             "label": "草稿",
         *             "category": "open",
         *             "on": {
         *               "ASSIGN": {
         *                 "target": "assigned",
         *                 "label": "下达",
         *                 "by": [
         *                   "planOwner"
         *                 ]
         *               }
         *             }
         *           },
         *           "assigned": {
         *             "label": "已下达",
         *             "category": "open",
         *             "on": {
         *               "REPORT": {
         *                 "target": "reported",
         *                 "label": "报送",
         *                 "guards": [
         *                   "hasEvidence"
         *                 ],
         *                 "by": [
         *                   "assignee"
         *                 ],
         *                 "input": [
         *                   "evidence"
         *                 ]
         *               },
         *               "REOPEN": {
         *                 "target": "rectifying",
         *                 "label": "回头看整改",
         *                 "guards": [
         *                   "hasReason"
         *                 ],
         *                 "by": [
         *                   "verifier"
         *                 ],
         *                 "input": [
         *                   "reason"
         *                 ]
         *               },
         *               "REQUEST_EXTENSION": {
         *                 "target": "extensionRequested",
         *                 "label": "申请延期",
         *                 "by": [
         *                   "assignee"
         *                 ],
         *                 "input": [
         *                   "reason",
         *                   "dueOn"
         *                 ]
         *               }
         *             }
         *           },
         *           "reported": {
         *             "label": "已报送",
         *             "category": "inReview",
         *             "on": {
         *               "VERIFY": {
         *                 "target": "verified",
         *                 "label": "核验通过",
         *                 "guards": [
         *                   "notOwnUnit"
         *                 ],
         *                 "by": [
         *                   "verifier"
         *                 ]
         *               },
         *               "RETURN": {
         *                 "target": "assigned",
         *                 "label": "退回",
         *                 "guards": [
         *                   "hasReason",
         *                   "notOwnUnit"
         *                 ],
         *                 "by": [
         *                   "verifier"
         *                 ],
         *                 "input": [
         *                   "reason"
         *                 ]
         *               }
         *             }
         *           },
         *           "verified": {
         *             "label": "已核验",
         *             "category": "done",
         *             "on": {
         *               "CLOSE": {
         *                 "target": "closed",
         *                 "label": "销号",
         *                 "guards": [
         *                   "notOwnUnit"
         *                 ],
         *                 "by": [
         *                   "verifier"
         *                 ]
         *               },
         *               "REOPEN": {
         *                 "target": "rectifying",
         *                 "label": "回头看整改",
         *                 "guards": [
         *                   "hasReason"
         *                 ],
         *                 "by": [
         *                   "verifier"
         *                 ],
         *                 "input": [
         *                   "reason"
         *                 ]
         *               }
         *             }
         *           },
         *           "rectifying": {
         *             "label": "整改中",
         *             "category": "rectifying",
         *             "on": {
         *               "REPORT": {
         *                 "target": "reported",
         *                 "label": "报送整改情况",
         *                 "guards": [
         *                   "hasEvidence"
         *                 ],
         *                 "by": [
         *                   "assignee"
         *                 ],
         *                 "input": [
         *                   "evidence"
         *                 ]
         *               }
         *             }
         *           },
         *           "closed": {
         *             "label": "已销号",
         *             "category": "closed",
         *             "final": true
         *           },
         *           "extensionRequested": {
         *             "label": "延期待批",
         *             "category": "open",
         *             "on": {
         *               "APPROVE_EXTENSION": {
         *                 "target": "assigned",
         *                 "label": "批准延期",
         *                 "guards": [
         *                   "notOwnUnit"
         *                 ],
         *                 "by": [
         *                   "verifier"
         *                 ],
         *                 "input": [
         *                   "dueOn"
         *                 ],
         *                 "effect": "reschedule"
         *               },
         *               "REFUSE_EXTENSION": {
         *                 "target": "assigned",
         *                 "label": "不予延期",
         *                 "guards": [
         *                   "notOwnUnit"
         *                 ],
         *                 "by": [
         *                   "verifier"
         *                 ],
         *                 "input": [
         *                   "reason"
         *                 ]
         *               }
         *             }
         *           }
         *         }
         *       }
         *     }
         */
        SaveWorkflowDraft: {
            expectedVersion: number;
            definition: components["schemas"]["WorkflowDefinition"];
        };
        /**
         * @example {
         *       "expectedVersion": 2
         *     }
         */
        PublishWorkflowVariant: {
            expectedVersion: number;
        };
        WorkflowMigrationResult: {
            dryRun: boolean;
            from: string;
            to: string;
            total: number;
            moves: {
                from: string;
                to: string;
                count: number;
                assignmentIds: string[];
            }[];
        };
        /**
         * @example {
         *       "fromVersion": 1,
         *       "mapping": {
         *         "draft": "draft",
         *         "assigned": "assigned",
         *         "reported": "reported",
         *         "verified": "verified",
         *         "rectifying": "rectifying",
         *         "closed": "closed",
         *         "extensionRequested": "extensionRequested"
         *       },
         *       "dryRun": true
         *     }
         */
        WorkflowMigrationRequest: {
            fromVersion: number;
            mapping: {
                [key: string]: string;
            };
            planId?: string;
            dryRun: boolean;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
