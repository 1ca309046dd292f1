-- A statistics provider whose indicators lie in several counties belongs to no county (issue 10): granted by admins
-- and listed with the national grants. A national reader never has a county; every other kind always has one.
alter table access_grant drop constraint access_grant_county;
alter table access_grant add constraint access_grant_county check (
    case kind
        when 'NATIONAL_READER' then county_code is null
        when 'STATISTICS_PROVIDER' then true
        else county_code is not null
    end);
