-- Accounts created by single sign-on (OpenID Connect) are linked to the directory by issuer and subject, the only
-- pair a provider guarantees to be stable and unique. They have no password: local sign-in is impossible for them.
alter table app_user alter column password drop not null;
alter table app_user add column directory_issuer text;
alter table app_user add column directory_subject text;
alter table app_user add constraint app_user_directory_link_complete
    check ((directory_issuer is null) = (directory_subject is null));
alter table app_user add constraint app_user_password_or_directory
    check (password is not null or directory_subject is not null);
create unique index app_user_directory_identity on app_user (directory_issuer, directory_subject)
    where directory_subject is not null;
