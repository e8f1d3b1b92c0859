<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccessModel</name>
    <message>
        <source>&quot;%1&quot; is a built-in role, and push groups cannot grant or take built-in roles. Rename the group in Okta, and to make someone an orgadmin set the user attribute %2 to true (on the OrgAdmins assignment group) instead.</source>
        <translation>«&#xa0;%1&#xa0;» est un rôle intégré, et les groupes Push ne peuvent ni accorder ni retirer de rôles intégrés. Renommez le groupe dans Okta&#xa0;; pour faire de quelqu&apos;un un orgadmin, définissez plutôt l&apos;attribut utilisateur %2 sur true (dans le groupe d&apos;affectation OrgAdmins).</translation>
    </message>
    <message>
        <source>The role &quot;%1&quot; already belongs to another push group.</source>
        <translation>Le rôle «&#xa0;%1&#xa0;» appartient déjà à un autre groupe Push.</translation>
    </message>
    <message>
        <source>A role named &quot;%1&quot; already exists.</source>
        <translation>Un rôle nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>removed role %1 (it had no privileges)</source>
        <translation>rôle %1 supprimé (il n&apos;avait aucun privilège)</translation>
    </message>
    <message>
        <source>removed role %1 and its grants: %2</source>
        <translation>rôle %1 supprimé avec ses privilèges accordés&#xa0;: %2</translation>
    </message>
    <message>
        <source>The bootstrap administrator %1 was retired when %2 became orgadmin in directory %3; act as a provisioned orgadmin instead.</source>
        <translation>L&apos;administrateur initial %1 n&apos;est plus utilisable depuis que %2 est devenu orgadmin dans l&apos;annuaire %3&#xa0;; agissez plutôt en tant qu&apos;orgadmin provisionné.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user of directory %2 (and not the bootstrap administrator %3).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un utilisateur de l&apos;annuaire %2 (ni l&apos;administrateur initial %3).</translation>
    </message>
    <message>
        <source>%1 does not hold the role &quot;%2&quot; (they hold no role in directory %3).</source>
        <translation>%1 ne détient pas le rôle «&#xa0;%2&#xa0;» (il ne détient aucun rôle dans l&apos;annuaire %3).</translation>
    </message>
    <message>
        <source>%1 does not hold the role &quot;%2&quot; (they hold: %3).</source>
        <translation>%1 ne détient pas le rôle «&#xa0;%2&#xa0;» (il détient&#xa0;: %3).</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Impossible de démarrer une transaction&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (acting as %2)</source>
        <translation>%1 (en tant que %2)</translation>
    </message>
    <message>
        <source>%1 may not %2: that needs the privilege %3, which %4 and %5 hold.</source>
        <translation>%1 n&apos;est pas autorisé à %2&#xa0;: cela requiert le privilège %3, que détiennent %4 et %5.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Cannot write the journal entry: %1</source>
        <translation>Impossible d&apos;écrire l&apos;entrée de journal&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot save the change: %1</source>
        <translation>Impossible d&apos;enregistrer la modification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unknown privilege &quot;%1&quot;; the privileges are: %2.</source>
        <translation>Privilège «&#xa0;%1&#xa0;» inconnu&#xa0;; les privilèges sont&#xa0;: %2.</translation>
    </message>
    <message>
        <source>There is no role &quot;%1&quot; in directory %2.</source>
        <translation>Il n&apos;existe aucun rôle «&#xa0;%1&#xa0;» dans l&apos;annuaire %2.</translation>
    </message>
    <message>
        <source>grant %1 to role %2</source>
        <translation>accorder %1 au rôle %2</translation>
    </message>
    <message>
        <source>The built-in role %1 already holds %2.</source>
        <translation>Le rôle intégré %1 détient déjà %2.</translation>
    </message>
    <message>
        <source>The role %1 already holds %2.</source>
        <translation>Le rôle %1 détient déjà %2.</translation>
    </message>
    <message>
        <source>granted %1 to role %2</source>
        <translation>a accordé %1 au rôle %2</translation>
    </message>
    <message>
        <source>revoke %1 from role %2</source>
        <translation>révoquer %1 du rôle %2</translation>
    </message>
    <message>
        <source>%1 is one of the built-in role %2&apos;s own privileges and cannot be revoked.</source>
        <translation>%1 fait partie des privilèges propres au rôle intégré %2 et ne peut pas être révoqué.</translation>
    </message>
    <message>
        <source>The role %1 does not hold %2.</source>
        <translation>Le rôle %1 ne détient pas %2.</translation>
    </message>
    <message>
        <source>revoked %1 from role %2</source>
        <translation>a révoqué %1 du rôle %2</translation>
    </message>
    <message>
        <source>create role %1</source>
        <translation>créer le rôle %1</translation>
    </message>
    <message>
        <source>A role name must be 1 to 200 characters long.</source>
        <translation>Un nom de rôle doit comporter de 1 à 200 caractères.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in role.</source>
        <translation>«&#xa0;%1&#xa0;» est un rôle intégré.</translation>
    </message>
    <message>
        <source>created role %1</source>
        <translation>a créé le rôle %1</translation>
    </message>
    <message>
        <source>assign role %1 to group %2</source>
        <translation>affecter le rôle %1 au groupe %2</translation>
    </message>
    <message>
        <source>In the %1 profile each push group is its own role; grant privileges to that role instead of assigning roles to groups.</source>
        <translation>Dans le profil %1, chaque groupe Push constitue son propre rôle&#xa0;: accordez des privilèges à ce rôle plutôt que d&apos;affecter des rôles aux groupes.</translation>
    </message>
    <message>
        <source>The %1 profile has no groups.</source>
        <translation>Le profil %1 ne comporte aucun groupe.</translation>
    </message>
    <message>
        <source>Every active user holds %1 already.</source>
        <translation>Tout utilisateur actif détient déjà %1.</translation>
    </message>
    <message>
        <source>There is no group &quot;%1&quot; in directory %2.</source>
        <translation>Il n&apos;existe aucun groupe «&#xa0;%1&#xa0;» dans l&apos;annuaire %2.</translation>
    </message>
    <message>
        <source>The role %1 is already assigned to group %2.</source>
        <translation>Le rôle %1 est déjà affecté au groupe %2.</translation>
    </message>
    <message>
        <source>assigned role %1 to group %2</source>
        <translation>a affecté le rôle %1 au groupe %2</translation>
    </message>
    <message>
        <source>unassign role %1 from group %2</source>
        <translation>retirer le rôle %1 du groupe %2</translation>
    </message>
    <message>
        <source>The role %1 is not assigned to group %2.</source>
        <translation>Le rôle %1 n&apos;est pas affecté au groupe %2.</translation>
    </message>
    <message>
        <source>unassigned role %1 from group %2</source>
        <translation>a retiré le rôle %1 du groupe %2</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>&quot;%1&quot; is not a language code such as &quot;de&quot; or &quot;fr_FR&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de langue tel que «&#xa0;de&#xa0;» ou «&#xa0;fr_FR&#xa0;».</translation>
    </message>
    <message>
        <source>A token&apos;s lifetime must be from 1 to %1 days.</source>
        <translation>La durée de validité d&apos;un jeton doit être comprise entre 1 et %1 jours.</translation>
    </message>
    <message>
        <source>Journal entries can be kept from 1 to %1 days, or 0 for ever.</source>
        <translation>Les entrées de journal peuvent être conservées de 1 à %1 jours, ou indéfiniment avec 0.</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1 is not writable.</source>
        <translation>Impossible d&apos;enregistrer les paramètres&#xa0;: %1 n&apos;est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1 is not a valid settings file.</source>
        <translation>Impossible d&apos;enregistrer les paramètres&#xa0;: %1 n&apos;est pas un fichier de paramètres valide.</translation>
    </message>
    <message>
        <source>Enter the address to listen on, such as 127.0.0.1.</source>
        <translation>Saisissez l&apos;adresse d&apos;écoute, par exemple 127.0.0.1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address (such as 127.0.0.1 or ::1).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse IP (comme 127.0.0.1 ou ::1).</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Le port doit être un nombre compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like the name of a secret; secrets belong in the keychain, not in the settings.</source>
        <translation>«&#xa0;%1&#xa0;» ressemble au nom d&apos;un secret&#xa0;; les secrets ont leur place dans le trousseau, pas dans les paramètres.</translation>
    </message>
    <message>
        <source>The value for &quot;%1&quot; looks like a bearer token; tokens belong in the keychain, not in the settings.</source>
        <translation>La valeur de «&#xa0;%1&#xa0;» ressemble à un jeton porteur&#xa0;; les jetons ont leur place dans le trousseau, pas dans les paramètres.</translation>
    </message>
</context>
<context>
    <name>AssignmentsTab</name>
    <message>
        <source>Search users</source>
        <translation>Rechercher des utilisateurs</translation>
    </message>
    <message>
        <source>Search user name, display name, role or group</source>
        <translation>Rechercher par nom d&apos;utilisateur, nom affiché, rôle ou groupe</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <source>Admins only</source>
        <translation>Administrateurs uniquement</translation>
    </message>
    <message>
        <source>Provisioned users</source>
        <translation>Utilisateurs provisionnés</translation>
    </message>
    <message>
        <source>The user&apos;s journal entries</source>
        <translation>Entrées de journal de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>journal</source>
        <translation>journal</translation>
    </message>
    <message>
        <source>access history</source>
        <translation>historique des accès</translation>
    </message>
    <message>
        <source>%1 #%2 (not sealed yet)</source>
        <translation>%1 #%2 (entrée pas encore scellée)</translation>
    </message>
    <message>
        <source>%1 #%2 %3</source>
        <translation>%1 #%2 %3</translation>
    </message>
    <message>
        <source>seq %1</source>
        <translation>seq %1</translation>
    </message>
    <message>
        <source>the start of the chain</source>
        <translation>le début de la chaîne</translation>
    </message>
    <message>
        <source>entries were reordered: this entry was written after the entry now at seq %1, but it comes after %2</source>
        <translation>des entrées ont été réordonnées&#xa0;: cette entrée a été écrite après l&apos;entrée désormais en seq %1, mais elle vient après %2</translation>
    </message>
    <message>
        <source>entries were reordered: the entry written after %1 is now at seq %2</source>
        <translation>des entrées ont été réordonnées&#xa0;: l&apos;entrée écrite après %1 est désormais en seq %2</translation>
    </message>
    <message>
        <source>entries are missing before it: it links to an entry that is not in the table (the first entries were deleted)</source>
        <translation>des entrées manquent avant celle-ci&#xa0;: elle est liée à une entrée absente de la table (les premières entrées ont été supprimées)</translation>
    </message>
    <message>
        <source>entries are missing between %1 and this entry: it links to an entry that is not in the table (deleted, or %1 was edited and its hash recomputed)</source>
        <translation>des entrées manquent entre %1 et celle-ci&#xa0;: elle est liée à une entrée absente de la table (supprimée, ou %1 a été modifiée et son hachage recalculé)</translation>
    </message>
    <message>
        <source>the retention checkpoint at seq %1 is unreadable</source>
        <translation>le point de contrôle de conservation en seq %1 est illisible</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Impossible de démarrer une transaction&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read the journal: %1</source>
        <translation>Impossible de lire le journal&#xa0;: %1</translation>
    </message>
    <message>
        <source>The journal has %1 entries from before the audit chain that are not sealed yet; they are sealed by the next change, prune after that.</source>
        <translation>Le journal contient %1 entrées antérieures à la chaîne d&apos;audit qui ne sont pas encore scellées&#xa0;; elles le seront à la prochaine modification, purgez ensuite.</translation>
    </message>
    <message>
        <source>Cannot remove the old entries: %1</source>
        <translation>Impossible de supprimer les anciennes entrées&#xa0;: %1</translation>
    </message>
    <message>
        <source>retention removed %1 journal entries up to seq %2 (before %3); the chain continues from that entry&apos;s hash %4</source>
        <translation>la conservation a supprimé %1 entrées de journal jusqu&apos;à seq %2 (avant %3)&#xa0;; la chaîne se poursuit à partir du hachage %4 de cette entrée</translation>
    </message>
    <message>
        <source>Cannot record the retention checkpoint: %1</source>
        <translation>Impossible d&apos;enregistrer le point de contrôle de conservation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot save the retention: %1</source>
        <translation>Impossible d&apos;enregistrer la conservation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read the chain settings: %1</source>
        <translation>Impossible de lire les paramètres de la chaîne&#xa0;: %1</translation>
    </message>
    <message>
        <source>the entry is older than the retention checkpoint, which removed every entry up to seq %1</source>
        <translation>l&apos;entrée est antérieure au point de contrôle de conservation, qui a supprimé toutes les entrées jusqu&apos;à seq %1</translation>
    </message>
    <message>
        <source>the entry has no hash: it was removed</source>
        <translation>l&apos;entrée n&apos;a pas de hachage&#xa0;: elle a été supprimée</translation>
    </message>
    <message>
        <source>older entries were never sealed, but this one was appended after them</source>
        <translation>des entrées plus anciennes n&apos;ont jamais été scellées, mais celle-ci a été ajoutée après elles</translation>
    </message>
    <message>
        <source>the entry&apos;s content does not match its hash: it was edited</source>
        <translation>le contenu de l&apos;entrée ne correspond pas à son hachage&#xa0;: elle a été modifiée</translation>
    </message>
    <message>
        <source>The verification was cancelled.</source>
        <translation>La vérification a été annulée.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The directory.</source>
        <translation>L&apos;annuaire.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Afficher le résultat au format JSON.</translation>
    </message>
    <message>
        <source>The operator: a user of the directory (or %1, the bootstrap administrator, until a provisioned user is orgadmin).</source>
        <translation>L&apos;opérateur&#xa0;: un utilisateur de l&apos;annuaire (ou %1, l&apos;administrateur initial, tant qu&apos;aucun utilisateur provisionné n&apos;est orgadmin).</translation>
    </message>
    <message>
        <source>USERNAME</source>
        <translation>USERNAME</translation>
    </message>
    <message>
        <source>The operator&apos;s current role (one they hold); default: all of their roles.</source>
        <translation>Le rôle actuel de l&apos;opérateur (un rôle qu&apos;il détient)&#xa0;; par défaut&#xa0;: tous ses rôles.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>The time, ISO 8601 (e.g. 2026-11-01T12:00:00Z).</source>
        <translation>L&apos;heure, au format ISO 8601 (p. ex. 2026-11-01T12:00:00Z).</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIME</translation>
    </message>
    <message>
        <source>scimdesk %1: expected %2.</source>
        <translation>scimdesk %1&#xa0;: attendu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>scimdesk %1: --directory NAME is required.</source>
        <translation>scimdesk %1&#xa0;: --directory NAME est obligatoire.</translation>
    </message>
    <message>
        <source>scimdesk %1: there is no directory named &quot;%2&quot;.</source>
        <translation>scimdesk %1&#xa0;: il n&apos;existe aucun annuaire nommé «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 (built-in)</source>
        <translation>%1 (intégré)</translation>
    </message>
    <message>
        <source>, from push group %1</source>
        <translation>, via le groupe Push %1</translation>
    </message>
    <message>
        <source>, assigned to %1</source>
        <translation>, affecté à %1</translation>
    </message>
    <message>
        <source>: no privileges</source>
        <translation>: aucun privilège</translation>
    </message>
    <message>
        <source>Users:</source>
        <translation>Utilisateurs&#xa0;:</translation>
    </message>
    <message>
        <source>Print who held which role, with which privileges and why, at a past time.</source>
        <translation>Afficher qui détenait quel rôle, avec quels privilèges et pour quelle raison, à un moment passé.</translation>
    </message>
    <message>
        <source>Print the directory&apos;s roles with their privileges and holders (and why they hold them), and its users with their status and roles.</source>
        <translation>Afficher les rôles de l&apos;annuaire avec leurs privilèges et leurs détenteurs (et la raison pour laquelle ils les détiennent), ainsi que ses utilisateurs avec leur statut et leurs rôles.</translation>
    </message>
    <message>
        <source>no arguments besides options</source>
        <translation>aucun argument hormis les options</translation>
    </message>
    <message>
        <source>scimdesk access history: --at must be an ISO 8601 time such as 2026-11-01T12:00:00Z, not &quot;%1&quot;.</source>
        <translation>scimdesk access history&#xa0;: --at doit être une heure ISO 8601 telle que 2026-11-01T12:00:00Z, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Access in %1 as of %2:</source>
        <translation>Accès dans %1 au %2&#xa0;:</translation>
    </message>
    <message>
        <source>scimdesk %1: --as USERNAME is required (the operator, who must hold MANAGE_GRANTS).</source>
        <translation>scimdesk %1&#xa0;: --as USERNAME est obligatoire (l&apos;opérateur, qui doit détenir MANAGE_GRANTS).</translation>
    </message>
    <message>
        <source>scimdesk %1: %2</source>
        <translation>scimdesk %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 %2 in %3.</source>
        <translation>%1 %2 dans %3.</translation>
    </message>
    <message>
        <source>Usage: scimdesk access show --directory NAME [--database PATH] [--json]
       scimdesk access history --directory NAME --at TIME [--database PATH] [--json]
       scimdesk access grant ROLE PRIVILEGE --directory NAME --as USERNAME [--role ROLE] [--database PATH]
       scimdesk access revoke ROLE PRIVILEGE --directory NAME --as USERNAME [--role ROLE] [--database PATH]
       scimdesk access create-role ROLE --directory NAME --as USERNAME [--role ROLE] [--database PATH]
       scimdesk access assign ROLE GROUP --directory NAME --as USERNAME [--role ROLE] [--database PATH]
       scimdesk access unassign ROLE GROUP --directory NAME --as USERNAME [--role ROLE] [--database PATH]
</source>
        <translation>Utilisation&#xa0;: scimdesk access show --directory NAME [--database PATH] [--json]
              scimdesk access history --directory NAME --at TIME [--database PATH] [--json]
              scimdesk access grant ROLE PRIVILEGE --directory NAME --as USERNAME [--role ROLE] [--database PATH]
              scimdesk access revoke ROLE PRIVILEGE --directory NAME --as USERNAME [--role ROLE] [--database PATH]
              scimdesk access create-role ROLE --directory NAME --as USERNAME [--role ROLE] [--database PATH]
              scimdesk access assign ROLE GROUP --directory NAME --as USERNAME [--role ROLE] [--database PATH]
              scimdesk access unassign ROLE GROUP --directory NAME --as USERNAME [--role ROLE] [--database PATH]
</translation>
    </message>
    <message>
        <source>Grant a privilege to a role (the operator must hold MANAGE_GRANTS).</source>
        <translation>Accorder un privilège à un rôle (l&apos;opérateur doit détenir MANAGE_GRANTS).</translation>
    </message>
    <message>
        <source>Revoke a privilege from a role (the operator must hold MANAGE_GRANTS).</source>
        <translation>Révoquer un privilège d&apos;un rôle (l&apos;opérateur doit détenir MANAGE_GRANTS).</translation>
    </message>
    <message>
        <source>ROLE PRIVILEGE</source>
        <translation>ROLE PRIVILEGE</translation>
    </message>
    <message>
        <source>PRIVILEGE</source>
        <translation>PRIVILEGE</translation>
    </message>
    <message>
        <source>Create a custom role with no privileges.</source>
        <translation>Créer un rôle personnalisé sans aucun privilège.</translation>
    </message>
    <message>
        <source>Assign a role to a pushed group; its members hold the role.</source>
        <translation>Affecter un rôle à un groupe Push&#xa0;; ses membres détiennent alors ce rôle.</translation>
    </message>
    <message>
        <source>Take a role back from a group.</source>
        <translation>Retirer un rôle à un groupe.</translation>
    </message>
    <message>
        <source>ROLE GROUP</source>
        <translation>ROLE GROUP</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>GROUP</translation>
    </message>
    <message>
        <source>scimdesk access: unknown subcommand &quot;%1&quot;.</source>
        <translation>scimdesk access&#xa0;: sous-commande «&#xa0;%1&#xa0;» inconnue.</translation>
    </message>
    <message>
        <source>scimdesk %1: unexpected argument &quot;%2&quot;.</source>
        <translation>scimdesk %1&#xa0;: argument inattendu «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Run &quot;scimdesk %1 --help&quot; for the usage.</source>
        <translation>Exécutez «&#xa0;scimdesk %1 --help&#xa0;» pour afficher l&apos;utilisation.</translation>
    </message>
    <message>
        <source>scimdesk %1: there is no database at %2.</source>
        <translation>scimdesk %1&#xa0;: aucune base de données à l&apos;emplacement %2.</translation>
    </message>
    <message>
        <source>Check the tamper-evident chains of the journal and the access history: exit 0 when every entry matches its hash and links to the one before it, 1 naming the first entry that does not (and why).</source>
        <translation>Vérifier les chaînes inviolables du journal et de l&apos;historique des accès&#xa0;: code de sortie 0 si chaque entrée correspond à son hachage et est liée à la précédente, 1 en indiquant la première entrée qui ne l&apos;est pas (et pourquoi).</translation>
    </message>
    <message>
        <source>%1: %2 entries, head #%3 %4</source>
        <translation>%1&#xa0;: %2 entrées, tête #%3 %4</translation>
    </message>
    <message>
        <source>(not sealed yet)</source>
        <translation>(pas encore scellée)</translation>
    </message>
    <message>
        <source>%1 entries were written before the chain existed and are sealed by the next change.</source>
        <translation>%1 entrées ont été écrites avant l&apos;existence de la chaîne et seront scellées à la prochaine modification.</translation>
    </message>
    <message>
        <source>BROKEN: %1 seq %2 (%3), %4: %5</source>
        <translation>ROMPUE&#xa0;: %1 seq %2 (%3), %4&#xa0;: %5</translation>
    </message>
    <message>
        <source>Retention removed the journal entries up to seq %1; the chain is checked from there.</source>
        <translation>La conservation a supprimé les entrées de journal jusqu&apos;à seq %1&#xa0;; la chaîne est vérifiée à partir de là.</translation>
    </message>
    <message>
        <source>Intact: %1 entries checked.</source>
        <translation>Intacte&#xa0;: %1 entrées vérifiées.</translation>
    </message>
    <message>
        <source>Retention: delete the journal entries older than --before and record, as a new journal entry, the hash the chain was cut at, so that &quot;audit verify&quot; still checks what is kept. The access history is kept whole (past access reviews are rebuilt from it).</source>
        <translation>Conservation&#xa0;: supprimer les entrées de journal antérieures à --before et enregistrer, dans une nouvelle entrée de journal, le hachage auquel la chaîne a été coupée, afin que «&#xa0;audit verify&#xa0;» vérifie toujours ce qui est conservé. L&apos;historique des accès est conservé intégralement (les revues des accès passées sont reconstituées à partir de celui-ci).</translation>
    </message>
    <message>
        <source>Remove entries older than this time (ISO 8601, UTC unless a zone is given).</source>
        <translation>Supprimer les entrées antérieures à cette heure (ISO 8601, en UTC sauf si un fuseau est indiqué).</translation>
    </message>
    <message>
        <source>scimdesk %1: --before must be an ISO 8601 time such as 2026-01-01T00:00:00Z, not &quot;%2&quot;.</source>
        <translation>scimdesk %1&#xa0;: --before doit être une heure ISO 8601 telle que 2026-01-01T00:00:00Z, et non «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>scimdesk %1: --before is in the future; retention only removes the past.</source>
        <translation>scimdesk %1&#xa0;: --before est dans le futur&#xa0;; la conservation ne supprime que le passé.</translation>
    </message>
    <message>
        <source>No journal entries older than %1.</source>
        <translation>Aucune entrée de journal antérieure à %1.</translation>
    </message>
    <message>
        <source>Removed %1 journal entries up to seq %2; checkpoint at seq %3 records the hash %4.</source>
        <translation>%1 entrées de journal supprimées jusqu&apos;à seq %2&#xa0;; le point de contrôle en seq %3 enregistre le hachage %4.</translation>
    </message>
    <message>
        <source>Usage: scimdesk audit verify [--database PATH] [--json]
       scimdesk audit prune --before TIME [--database PATH]

  verify   Check the journal&apos;s and the access history&apos;s hash chains; exit 1 naming the
           first entry that was edited, deleted or reordered
  prune    Retention: delete journal entries older than TIME, keeping the chain verifiable
</source>
        <translation>Utilisation&#xa0;: scimdesk audit verify [--database PATH] [--json]
              scimdesk audit prune --before TIME [--database PATH]

  verify   Vérifier les chaînes de hachage du journal et de l&apos;historique des accès&#xa0;; code de
           sortie 1 en indiquant la première entrée modifiée, supprimée ou réordonnée
  prune    Conservation&#xa0;: supprimer les entrées de journal antérieures à TIME (chaîne vérifiable)
</translation>
    </message>
    <message>
        <source>scimdesk audit: unknown subcommand &quot;%1&quot;.</source>
        <translation>scimdesk audit&#xa0;: sous-commande «&#xa0;%1&#xa0;» inconnue.</translation>
    </message>
    <message>
        <source>Usage: scimdesk [COMMAND] [OPTIONS]

Without a command, scimdesk opens the console (or, with no display, runs &quot;serve&quot;).

Commands:
  serve       Run the SCIM listener headless until SIGTERM or SIGINT
  directory   Create and list SCIM directories (add, list)
  token       Rotate, revoke and show a directory&apos;s bearer tokens
  access      Show roles, holders and history; grant and revoke privileges
  report      Export an audit report (access review, changes, tokens, errors) as CSV, JSON,
              HTML or PDF
  audit       Verify the tamper-evident chains of the journal and the access history
  simulate    Replay an Okta scenario&apos;s SCIM requests against a SCIM endpoint
  conformance Run Okta&apos;s SCIM SPEC test and request scripts against a SCIM endpoint

Options:
  -h, --help     Show this help (also: scimdesk COMMAND --help)
  -v, --version  Show the version

Secrets are never read from the command line: tokens are printed once when created (and kept in
the keychain when a Secret Service is running).
</source>
        <translation>Utilisation&#xa0;: scimdesk [COMMAND] [OPTIONS]

Sans commande, scimdesk ouvre la console (ou, en l&apos;absence d&apos;affichage, exécute «&#xa0;serve&#xa0;»).

Commandes&#xa0;:
  serve       Exécuter l&apos;écouteur SCIM sans interface jusqu&apos;à SIGTERM ou SIGINT
  directory   Créer et lister les annuaires SCIM (add, list)
  token       Renouveler, révoquer et afficher les jetons porteurs d&apos;un annuaire
  access      Afficher les rôles, leurs détenteurs et l&apos;historique&#xa0;; accorder et révoquer des privilèges
  report      Exporter un rapport d&apos;audit (revue des accès, modifications, jetons, erreurs) au format
              CSV, JSON, HTML ou PDF
  audit       Vérifier les chaînes inviolables du journal et de l&apos;historique des accès
  simulate    Rejouer les requêtes SCIM d&apos;un scénario Okta sur un point de terminaison SCIM
  conformance Exécuter le test SCIM SPEC et les scripts de requêtes d&apos;Okta sur un point de terminaison SCIM

Options&#xa0;:
  -h, --help     Afficher cette aide (également&#xa0;: scimdesk COMMAND --help)
  -v, --version  Afficher la version

Les secrets ne sont jamais lus depuis la ligne de commande&#xa0;: les jetons sont affichés une seule fois à leur création
(et conservés dans le trousseau lorsqu&apos;un service Secret Service est actif).
</translation>
    </message>
    <message>
        <source>scimdesk: unknown command &quot;%1&quot;.</source>
        <translation>scimdesk&#xa0;: commande «&#xa0;%1&#xa0;» inconnue.</translation>
    </message>
    <message>
        <source>Run &quot;scimdesk --help&quot; for the list of commands.</source>
        <translation>Exécutez «&#xa0;scimdesk --help&#xa0;» pour afficher la liste des commandes.</translation>
    </message>
    <message>
        <source>The SQLite database file (default: %1).</source>
        <translation>Le fichier de base de données SQLite (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>The token is also stored in the keychain (service &quot;%1&quot;, key &quot;%2&quot;).</source>
        <translation>Le jeton est également stocké dans le trousseau (service «&#xa0;%1&#xa0;», clé «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>The token was not stored in the keychain: %1</source>
        <translation>Le jeton n&apos;a pas été stocké dans le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>The SCIM base URL, e.g. http://127.0.0.1:7643/scim/v2/acme.</source>
        <translation>L&apos;URL de base SCIM, p. ex. http://127.0.0.1:7643/scim/v2/acme.</translation>
    </message>
    <message>
        <source>The environment variable holding the bearer token (default SCIMDESK_TOKEN).</source>
        <translation>La variable d&apos;environnement contenant le jeton porteur (par défaut SCIMDESK_TOKEN).</translation>
    </message>
    <message>
        <source>scimdesk %1: --target must be an http:// or https:// URL, not &quot;%2&quot;.</source>
        <translation>scimdesk %1&#xa0;: --target doit être une URL http:// ou https://, et non «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>scimdesk %1: the environment variable %2 holding the bearer token is not set.</source>
        <translation>scimdesk %1&#xa0;: la variable d&apos;environnement %2 contenant le jeton porteur n&apos;est pas définie.</translation>
    </message>
    <message>
        <source>Runs Okta&apos;s SCIM 2.0 SPEC test and Okta&apos;s provisioning request scripts against a SCIM endpoint, one pass/fail line per check.</source>
        <translation>Exécute le test SCIM 2.0 SPEC d&apos;Okta et les scripts de requêtes de provisionnement d&apos;Okta sur un point de terminaison SCIM, avec une ligne réussite/échec par vérification.</translation>
    </message>
    <message>
        <source>Print the checks and requests as JSON.</source>
        <translation>Afficher les vérifications et les requêtes au format JSON.</translation>
    </message>
    <message>
        <source>scimdesk conformance: --target is required.</source>
        <translation>scimdesk conformance&#xa0;: --target est obligatoire.</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>PASS</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <source>scimdesk conformance: %1</source>
        <translation>scimdesk conformance&#xa0;: %1</translation>
    </message>
    <message>
        <source>cleanup: %1</source>
        <translation>nettoyage&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed</source>
        <translation>Réussies&#xa0;: %1, échouées&#xa0;: %2</translation>
    </message>
    <message>
        <source>Create a SCIM directory and print its bearer token once.</source>
        <translation>Créer un annuaire SCIM et afficher son jeton porteur une seule fois.</translation>
    </message>
    <message>
        <source>The directory name (letters, digits, &apos;-&apos;); the base URL is /scim/v2/NAME.</source>
        <translation>Le nom de l&apos;annuaire (lettres, chiffres, &apos;-&apos;)&#xa0;; l&apos;URL de base est /scim/v2/NAME.</translation>
    </message>
    <message>
        <source>The directory profile: %1 (default: generic).</source>
        <translation>Le profil de l&apos;annuaire&#xa0;: %1 (par défaut&#xa0;: generic).</translation>
    </message>
    <message>
        <source>The organization it belongs to.</source>
        <translation>L&apos;organisation à laquelle il appartient.</translation>
    </message>
    <message>
        <source>ORG</source>
        <translation>ORG</translation>
    </message>
    <message>
        <source>The environment it belongs to.</source>
        <translation>L&apos;environnement auquel il appartient.</translation>
    </message>
    <message>
        <source>ENV</source>
        <translation>ENV</translation>
    </message>
    <message>
        <source>Make it the organization&apos;s primary directory.</source>
        <translation>En faire l&apos;annuaire principal de l&apos;organisation.</translation>
    </message>
    <message>
        <source>Token lifetime, e.g. 365d, 12h, 30s (default: 365d).</source>
        <translation>Durée de validité du jeton, p. ex. 365d, 12h, 30s (par défaut&#xa0;: 365d).</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DURATION</translation>
    </message>
    <message>
        <source>The boolean user attribute that makes a user orgadmin (default: deltastreamOrgadmin in the deltastream profile, none otherwise).</source>
        <translation>L&apos;attribut utilisateur booléen qui rend un utilisateur orgadmin (par défaut&#xa0;: deltastreamOrgadmin dans le profil deltastream, aucun sinon).</translation>
    </message>
    <message>
        <source>ATTRIBUTE</source>
        <translation>ATTRIBUTE</translation>
    </message>
    <message>
        <source>scimdesk directory add: give exactly one directory NAME.</source>
        <translation>scimdesk directory add&#xa0;: indiquez exactement un NAME d&apos;annuaire.</translation>
    </message>
    <message>
        <source>scimdesk directory add: --expires-in must be a positive duration such as 365d, 12h or 30s, not &quot;%1&quot;.</source>
        <translation>scimdesk directory add&#xa0;: --expires-in doit être une durée positive telle que 365d, 12h ou 30s, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>scimdesk directory add: %1</source>
        <translation>scimdesk directory add&#xa0;: %1</translation>
    </message>
    <message>
        <source>scimdesk directory add: unknown profile &quot;%1&quot;; choose one of: %2.</source>
        <translation>scimdesk directory add&#xa0;: profil «&#xa0;%1&#xa0;» inconnu&#xa0;; choisissez parmi&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Created directory %1 (profile %2).</source>
        <translation>Annuaire %1 créé (profil %2).</translation>
    </message>
    <message>
        <source>SCIM base path: %1 (append it to the listener&apos;s address)</source>
        <translation>Chemin de base SCIM&#xa0;: %1 (à ajouter à l&apos;adresse de l&apos;écouteur)</translation>
    </message>
    <message>
        <source>Bearer token (shown only now; ScimDesk keeps only its hash): %1</source>
        <translation>Jeton porteur (affiché uniquement maintenant&#xa0;; ScimDesk n&apos;en conserve que le hachage)&#xa0;: %1</translation>
    </message>
    <message>
        <source>The token expires on %1.</source>
        <translation>Le jeton expire le %1.</translation>
    </message>
    <message>
        <source>List the SCIM directories and the state of their tokens.</source>
        <translation>Lister les annuaires SCIM et l&apos;état de leurs jetons.</translation>
    </message>
    <message>
        <source>scimdesk directory list: unexpected argument &quot;%1&quot;.</source>
        <translation>scimdesk directory list&#xa0;: argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No directories. Create one with: scimdesk directory add NAME</source>
        <translation>Aucun annuaire. Créez-en un avec&#xa0;: scimdesk directory add NAME</translation>
    </message>
    <message>
        <source>no token</source>
        <translation>aucun jeton</translation>
    </message>
    <message>
        <source>token %1, expires %2</source>
        <translation>jeton %1, expiration %2</translation>
    </message>
    <message>
        <source>Usage: scimdesk directory add NAME [--database PATH] [--profile NAME] [--organization ORG]
                              [--environment ENV] [--primary] [--expires-in DURATION] [--json]
       scimdesk directory list [--database PATH] [--json]
</source>
        <translation>Utilisation&#xa0;: scimdesk directory add NAME [--database PATH] [--profile NAME] [--organization ORG]
                                     [--environment ENV] [--primary] [--expires-in DURATION] [--json]
              scimdesk directory list [--database PATH] [--json]
</translation>
    </message>
    <message>
        <source>scimdesk directory: unknown subcommand &quot;%1&quot; (use add or list).</source>
        <translation>scimdesk directory&#xa0;: sous-commande «&#xa0;%1&#xa0;» inconnue (utilisez add ou list).</translation>
    </message>
    <message>
        <source>Write an audit report of one directory: access-review (who held which role and privilege at --at, and why), changes (joiners, movers, leavers with the time to the loss of every role, grants), tokens (issued, rotated, revoked and expired tokens, last use, bad-token attempts) or errors (failed requests by cause) over --from/--to. Times are ISO 8601, UTC unless a zone is given; a date alone is the start of that day (for --to: its end).</source>
        <translation>Écrire un rapport d&apos;audit d&apos;un annuaire&#xa0;: access-review (qui détenait quel rôle et quel privilège à la date --at, et pourquoi), changes (arrivées, mobilités et départs, avec le délai jusqu&apos;à la perte de chaque rôle, et privilèges accordés), tokens (jetons émis, renouvelés, révoqués et expirés, dernière utilisation, tentatives avec un jeton invalide) ou errors (requêtes en échec par cause) sur la période --from/--to. Les heures sont au format ISO 8601, en UTC sauf si un fuseau est indiqué&#xa0;; une date seule désigne le début de ce jour (pour --to&#xa0;: sa fin).</translation>
    </message>
    <message>
        <source>access-review, changes, tokens or errors.</source>
        <translation>access-review, changes, tokens ou errors.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>The point in time (access-review).</source>
        <translation>Le moment considéré (access-review).</translation>
    </message>
    <message>
        <source>The start of the period.</source>
        <translation>Le début de la période.</translation>
    </message>
    <message>
        <source>The end of the period (included).</source>
        <translation>La fin de la période (incluse).</translation>
    </message>
    <message>
        <source>csv, json, html or pdf.</source>
        <translation>csv, json, html ou pdf.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The file to write (replaced when complete).</source>
        <translation>Le fichier à écrire (remplacé une fois terminé).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 est obligatoire.</translation>
    </message>
    <message>
        <source>--type must be one of %1, not &quot;%2&quot;.</source>
        <translation>--type doit être l&apos;une des valeurs %1, et non «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>--format must be one of %1, not &quot;%2&quot;.</source>
        <translation>--format doit être l&apos;une des valeurs %1, et non «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>--type %1 takes --at TIME (not --from/--to).</source>
        <translation>--type %1 accepte --at TIME (et non --from/--to).</translation>
    </message>
    <message>
        <source>--at must be an ISO 8601 time such as 2026-11-01T12:00:00Z, not &quot;%1&quot;.</source>
        <translation>--at doit être une heure ISO 8601 telle que 2026-11-01T12:00:00Z, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--type %1 takes --from TIME and --to TIME (not --at).</source>
        <translation>--type %1 accepte --from TIME et --to TIME (et non --at).</translation>
    </message>
    <message>
        <source>--from and --to must be ISO 8601 times such as 2026-11-01T12:00:00Z, not &quot;%1&quot;.</source>
        <translation>--from et --to doivent être des heures ISO 8601 telles que 2026-11-01T12:00:00Z, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Make the PDF with the console&apos;s Export Report dialog, or write --format html and print it to PDF.</source>
        <translation>Générez le PDF avec la boîte de dialogue Exporter un rapport de la console, ou utilisez --format html et imprimez le résultat en PDF.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 rows) to %3.</source>
        <translation>%1 écrit (%2 lignes) dans %3.</translation>
    </message>
    <message>
        <source>Generated a self-signed certificate, valid for one year: %1</source>
        <translation>Certificat autosigné généré, valable un an&#xa0;: %1</translation>
    </message>
    <message>
        <source>Using the self-signed certificate %1</source>
        <translation>Utilisation du certificat autosigné %1</translation>
    </message>
    <message>
        <source>scimdesk serve: %1</source>
        <translation>scimdesk serve&#xa0;: %1</translation>
    </message>
    <message>
        <source>scimdesk serve: warning: %1</source>
        <translation>scimdesk serve&#xa0;: avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Run the SCIM 2.0 listener headless until SIGTERM or SIGINT.</source>
        <translation>Exécuter l&apos;écouteur SCIM 2.0 sans interface jusqu&apos;à SIGTERM ou SIGINT.</translation>
    </message>
    <message>
        <source>The address and port to listen on (default: %1); HTTPS with a certificate option, unless --tls-listen is given.</source>
        <translation>L&apos;adresse et le port d&apos;écoute (par défaut&#xa0;: %1)&#xa0;; en HTTPS avec une option de certificat, sauf si --tls-listen est indiqué.</translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation>HOST:PORT</translation>
    </message>
    <message>
        <source>Also serve HTTPS on this address and port, while --listen serves plain HTTP; needs --tls-cert with --tls-key, or --tls-self-signed.</source>
        <translation>Servir également en HTTPS sur cette adresse et ce port, tandis que --listen sert en HTTP simple&#xa0;; nécessite --tls-cert avec --tls-key, ou --tls-self-signed.</translation>
    </message>
    <message>
        <source>Allow listening on a non-loopback address without TLS (tokens would cross the network in clear).</source>
        <translation>Autoriser l&apos;écoute sur une adresse autre que de bouclage sans TLS (les jetons circuleraient en clair sur le réseau).</translation>
    </message>
    <message>
        <source>Serve HTTPS with this PEM certificate (chain, leaf first).</source>
        <translation>Servir en HTTPS avec ce certificat PEM (chaîne, certificat feuille en premier).</translation>
    </message>
    <message>
        <source>The unencrypted PEM private key of --tls-cert.</source>
        <translation>La clé privée PEM non chiffrée de --tls-cert.</translation>
    </message>
    <message>
        <source>Serve HTTPS with a self-signed certificate kept next to the database (created when missing or about to expire); pin the SHA-256 fingerprint it prints.</source>
        <translation>Servir en HTTPS avec un certificat autosigné conservé à côté de la base de données (créé s&apos;il est absent ou sur le point d&apos;expirer)&#xa0;; épinglez l&apos;empreinte SHA-256 qu&apos;il affiche.</translation>
    </message>
    <message>
        <source>scimdesk serve: unexpected argument &quot;%1&quot;.</source>
        <translation>scimdesk serve&#xa0;: argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>scimdesk serve: --listen must be HOST:PORT (for example 127.0.0.1:7643), not &quot;%1&quot;.</source>
        <translation>scimdesk serve&#xa0;: --listen doit être au format HOST:PORT (par exemple 127.0.0.1:7643), et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>scimdesk serve: --tls-listen must be HOST:PORT (for example 127.0.0.1:7644), not &quot;%1&quot;.</source>
        <translation>scimdesk serve&#xa0;: --tls-listen doit être au format HOST:PORT (par exemple 127.0.0.1:7644), et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>scimdesk serve: --tls-cert and --tls-key go together: pass both.</source>
        <translation>scimdesk serve&#xa0;: --tls-cert et --tls-key vont ensemble&#xa0;: indiquez les deux.</translation>
    </message>
    <message>
        <source>scimdesk serve: use either --tls-cert with --tls-key, or --tls-self-signed, not both.</source>
        <translation>scimdesk serve&#xa0;: utilisez soit --tls-cert avec --tls-key, soit --tls-self-signed, mais pas les deux.</translation>
    </message>
    <message>
        <source>scimdesk serve: --tls-listen needs a certificate: pass --tls-cert FILE with --tls-key FILE, or --tls-self-signed.</source>
        <translation>scimdesk serve&#xa0;: --tls-listen nécessite un certificat&#xa0;: indiquez --tls-cert FILE avec --tls-key FILE, ou --tls-self-signed.</translation>
    </message>
    <message>
        <source>scimdesk serve: %1 is not a loopback address, and with --tls-listen the --listen address serves plain HTTP: bearer tokens would travel unencrypted there. Listen on a loopback address, or pass --insecure-bind to acknowledge.</source>
        <translation>scimdesk serve&#xa0;: %1 n&apos;est pas une adresse de bouclage et, avec --tls-listen, l&apos;adresse --listen sert en HTTP simple&#xa0;: les jetons porteurs y circuleraient sans chiffrement. Écoutez sur une adresse de bouclage, ou indiquez --insecure-bind pour en prendre acte.</translation>
    </message>
    <message>
        <source>scimdesk serve: %1 is not a loopback address. Bearer tokens would travel unencrypted; put a TLS proxy in front and pass --insecure-bind to acknowledge, or serve HTTPS with --tls-cert FILE --tls-key FILE or --tls-self-signed.</source>
        <translation>scimdesk serve&#xa0;: %1 n&apos;est pas une adresse de bouclage. Les jetons porteurs circuleraient sans chiffrement&#xa0;; placez un proxy TLS en frontal et indiquez --insecure-bind pour en prendre acte, ou servez en HTTPS avec --tls-cert FILE --tls-key FILE ou --tls-self-signed.</translation>
    </message>
    <message>
        <source>scimdesk serve: --listen: %1</source>
        <translation>scimdesk serve&#xa0;: --listen&#xa0;: %1</translation>
    </message>
    <message>
        <source>scimdesk serve: --tls-listen: %1</source>
        <translation>scimdesk serve&#xa0;: --tls-listen&#xa0;: %1</translation>
    </message>
    <message>
        <source>ScimDesk %1 is listening on %2 and %3 (database %4)</source>
        <translation>ScimDesk %1 écoute sur %2 et %3 (base de données %4)</translation>
    </message>
    <message>
        <source>ScimDesk %1 is listening on %2 (database %3)</source>
        <translation>ScimDesk %1 écoute sur %2 (base de données %3)</translation>
    </message>
    <message>
        <source>TLS certificate SHA-256 fingerprint: %1</source>
        <translation>Empreinte SHA-256 du certificat TLS&#xa0;: %1</translation>
    </message>
    <message>
        <source>No directories yet. Create one (its token is printed once) with:</source>
        <translation>Aucun annuaire pour l&apos;instant. Créez-en un (son jeton est affiché une seule fois) avec&#xa0;:</translation>
    </message>
    <message>
        <source>Stop with Ctrl+C or SIGTERM.</source>
        <translation>Arrêtez avec Ctrl+C ou SIGTERM.</translation>
    </message>
    <message>
        <source>ScimDesk stopped.</source>
        <translation>ScimDesk arrêté.</translation>
    </message>
    <message>
        <source>Replays a scenario&apos;s Okta admin actions as Okta&apos;s SCIM requests against a SCIM endpoint.</source>
        <translation>Rejoue les actions d&apos;administration Okta d&apos;un scénario sous forme de requêtes SCIM d&apos;Okta sur un point de terminaison SCIM.</translation>
    </message>
    <message>
        <source>The scenario file (JSON).</source>
        <translation>Le fichier de scénario (JSON).</translation>
    </message>
    <message>
        <source>Print the results and traces as JSON.</source>
        <translation>Afficher les résultats et les traces au format JSON.</translation>
    </message>
    <message>
        <source>scimdesk simulate: --scenario and --target are required.</source>
        <translation>scimdesk simulate&#xa0;: --scenario et --target sont obligatoires.</translation>
    </message>
    <message>
        <source>The directory name.</source>
        <translation>Le nom de l&apos;annuaire.</translation>
    </message>
    <message>
        <source>scimdesk %1: give exactly one directory NAME.</source>
        <translation>scimdesk %1&#xa0;: indiquez exactement un NAME d&apos;annuaire.</translation>
    </message>
    <message>
        <source>Issue a new bearer token for a directory and print it once; the previous token is revoked at once, or keeps working for the --overlap while Okta is updated.</source>
        <translation>Émettre un nouveau jeton porteur pour un annuaire et l&apos;afficher une seule fois&#xa0;; le jeton précédent est révoqué immédiatement, ou reste valide pendant la période --overlap, le temps de mettre à jour Okta.</translation>
    </message>
    <message>
        <source>How long the previous token keeps working, e.g. 10m, 1h, 0 (default: 0, revoked at once).</source>
        <translation>Durée pendant laquelle le jeton précédent reste valide, p. ex. 10m, 1h, 0 (par défaut&#xa0;: 0, révoqué immédiatement).</translation>
    </message>
    <message>
        <source>The new token&apos;s lifetime, e.g. 365d, 12h (default: 365d).</source>
        <translation>Durée de validité du nouveau jeton, p. ex. 365d, 12h (par défaut&#xa0;: 365d).</translation>
    </message>
    <message>
        <source>The administrator (a user holding orgadmin) the token belongs to; it works only while they hold orgadmin. Needed where the profile wants an administrator&apos;s token (rudderstack; default there: the bootstrap administrator, while no provisioned user holds orgadmin).</source>
        <translation>L&apos;administrateur (un utilisateur détenant orgadmin) auquel appartient le jeton&#xa0;; celui-ci ne fonctionne que tant qu&apos;il détient orgadmin. Requis lorsque le profil exige le jeton d&apos;un administrateur (rudderstack&#xa0;; par défaut&#xa0;: l&apos;administrateur initial, tant qu&apos;aucun utilisateur provisionné ne détient orgadmin).</translation>
    </message>
    <message>
        <source>scimdesk token rotate: --overlap must be 0 or a positive duration such as 10m, 1h or 30s, not &quot;%1&quot;.</source>
        <translation>scimdesk token rotate&#xa0;: --overlap doit valoir 0 ou une durée positive telle que 10m, 1h ou 30s, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>scimdesk token rotate: --expires-in must be a positive duration such as 365d, 12h or 30s, not &quot;%1&quot;.</source>
        <translation>scimdesk token rotate&#xa0;: --expires-in doit être une durée positive telle que 365d, 12h ou 30s, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>scimdesk token rotate: %1</source>
        <translation>scimdesk token rotate&#xa0;: %1</translation>
    </message>
    <message>
        <source>New bearer token for %1 (shown only now; ScimDesk keeps only its hash): %2</source>
        <translation>Nouveau jeton porteur pour %1 (affiché uniquement maintenant&#xa0;; ScimDesk n&apos;en conserve que le hachage)&#xa0;: %2</translation>
    </message>
    <message>
        <source>It expires on %1.</source>
        <translation>Il expire le %1.</translation>
    </message>
    <message>
        <source>It belongs to %1 and works only while they hold orgadmin.</source>
        <translation>Il appartient à %1 et ne fonctionne que tant que cette personne détient orgadmin.</translation>
    </message>
    <message>
        <source>The previous token keeps working until %1: enter the new one in Okta before then.</source>
        <translation>Le jeton précédent reste valide jusqu&apos;au %1&#xa0;: saisissez le nouveau dans Okta d&apos;ici là.</translation>
    </message>
    <message>
        <source>The previous token was revoked: enter the new one in Okta now.</source>
        <translation>Le jeton précédent a été révoqué&#xa0;: saisissez dès maintenant le nouveau dans Okta.</translation>
    </message>
    <message>
        <source>Revoke every active bearer token of a directory: Okta&apos;s requests fail until a new token is rotated in.</source>
        <translation>Révoquer tous les jetons porteurs actifs d&apos;un annuaire&#xa0;: les requêtes d&apos;Okta échouent jusqu&apos;à ce qu&apos;un nouveau jeton soit mis en place par renouvellement.</translation>
    </message>
    <message>
        <source>scimdesk token revoke: %1</source>
        <translation>scimdesk token revoke&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n bearer token(s) of %1.</source>
        <translation>
            <numerusform>%n jeton porteur de %1 révoqué.</numerusform>
            <numerusform>%n jetons porteurs de %1 révoqués.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the state of a directory&apos;s bearer tokens (never the tokens).</source>
        <translation>Afficher l&apos;état des jetons porteurs d&apos;un annuaire (jamais les jetons eux-mêmes).</translation>
    </message>
    <message>
        <source>scimdesk token show: %1</source>
        <translation>scimdesk token show&#xa0;: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>%1  created %2  expires %3  last used %4</source>
        <translation>%1  création %2  expiration %3  dernière utilisation %4</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> par %1</translation>
    </message>
    <message>
        <source>  works until %1</source>
        <translation>  valide jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>  revoked %1</source>
        <translation>  révocation %1</translation>
    </message>
    <message>
        <source>  belongs to %1</source>
        <translation>  appartient à %1</translation>
    </message>
    <message>
        <source>  warning: %1</source>
        <translation>  avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 has no token. Issue one with: scimdesk token rotate %1</source>
        <translation>%1 n&apos;a aucun jeton. Émettez-en un avec&#xa0;: scimdesk token rotate %1</translation>
    </message>
    <message>
        <source>Usage: scimdesk token rotate NAME [--database PATH] [--overlap DURATION] [--expires-in DURATION] [--as USERNAME] [--json]
       scimdesk token revoke NAME [--database PATH] [--json]
       scimdesk token show NAME [--database PATH] [--json]
</source>
        <translation>Utilisation&#xa0;: scimdesk token rotate NAME [--database PATH] [--overlap DURATION] [--expires-in DURATION] [--as USERNAME] [--json]
              scimdesk token revoke NAME [--database PATH] [--json]
              scimdesk token show NAME [--database PATH] [--json]
</translation>
    </message>
    <message>
        <source>scimdesk token: unknown subcommand &quot;%1&quot; (use rotate, revoke or show).</source>
        <translation>scimdesk token&#xa0;: sous-commande «&#xa0;%1&#xa0;» inconnue (utilisez rotate, revoke ou show).</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The Qt Sql driver %1 is not installed.</source>
        <translation>Le pilote Qt SQL %1 n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d&apos;ouvrir la base de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot configure the database %1: %2</source>
        <translation>Impossible de configurer la base de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot upgrade the database %1: %2</source>
        <translation>Impossible de mettre à niveau la base de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the database has schema version %1, newer than this ScimDesk understands (%2); upgrade ScimDesk</source>
        <translation>la base de données est en version de schéma %1, plus récente que celle prise en charge par cette version de ScimDesk (%2)&#xa0;; mettez à niveau ScimDesk</translation>
    </message>
</context>
<context>
    <name>DirectoryAdmin</name>
    <message>
        <source>A directory name must be 1 to 63 characters long.</source>
        <translation>Un nom d&apos;annuaire doit comporter de 1 à 63 caractères.</translation>
    </message>
    <message>
        <source>A directory name may contain only letters a-z, digits and &apos;-&apos; (Okta refuses base URLs with &apos;_&apos;); &quot;%1&quot; contains &apos;%2&apos;.</source>
        <translation>Un nom d&apos;annuaire ne peut contenir que les lettres a-z, des chiffres et &apos;-&apos; (Okta refuse les URL de base contenant &apos;_&apos;)&#xa0;; «&#xa0;%1&#xa0;» contient &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>A directory name must not start or end with &apos;-&apos;.</source>
        <translation>Un nom d&apos;annuaire ne doit ni commencer ni se terminer par &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Unknown profile &quot;%1&quot;; choose one of: %2.</source>
        <translation>Profil «&#xa0;%1&#xa0;» inconnu&#xa0;; choisissez parmi&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The token lifetime must be positive.</source>
        <translation>La durée de validité du jeton doit être positive.</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Impossible de démarrer une transaction&#xa0;: %1</translation>
    </message>
    <message>
        <source>issued the bearer token (it expires on %1)</source>
        <translation>jeton porteur émis (il expire le %1)</translation>
    </message>
    <message>
        <source>issued the bearer token (it never expires)</source>
        <translation>jeton porteur émis (il n&apos;expire jamais)</translation>
    </message>
    <message>
        <source>%1; it belongs to %2</source>
        <translation>%1&#xa0;; il appartient à %2</translation>
    </message>
    <message>
        <source>Cannot write the journal entry for the new token.</source>
        <translation>Impossible d&apos;écrire l&apos;entrée de journal du nouveau jeton.</translation>
    </message>
    <message>
        <source>Cannot save the directory: %1</source>
        <translation>Impossible d&apos;enregistrer l&apos;annuaire&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DirectoryRepository</name>
    <message>
        <source>A directory named &quot;%1&quot; already exists.</source>
        <translation>Un annuaire nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>Cannot create the directory: %1</source>
        <translation>Impossible de créer l&apos;annuaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot make the directory primary: %1</source>
        <translation>Impossible de définir l&apos;annuaire comme principal&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot store the token hash: %1</source>
        <translation>Impossible de stocker le hachage du jeton&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot revoke the tokens: %1</source>
        <translation>Impossible de révoquer les jetons&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot retire the tokens: %1</source>
        <translation>Impossible de mettre les jetons hors service&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>JournalQuery</name>
    <message>
        <source>The time range is empty: its start is not before its end.</source>
        <translation>La plage horaire est vide&#xa0;: son début n&apos;est pas antérieur à sa fin.</translation>
    </message>
    <message>
        <source>A status is a number from 100 to 599, not %1.</source>
        <translation>Un statut est un nombre compris entre 100 et 599, et non %1.</translation>
    </message>
    <message>
        <source>A page holds at least one entry, not %1.</source>
        <translation>Une page contient au moins une entrée, et non %1.</translation>
    </message>
    <message>
        <source>The journal could not be read: %1</source>
        <translation>Impossible de lire le journal&#xa0;: %1</translation>
    </message>
    <message>
        <source>The journal could not be counted: %1</source>
        <translation>Impossible de compter les entrées du journal&#xa0;: %1</translation>
    </message>
    <message>
        <source>The journal entry could not be read: %1</source>
        <translation>Impossible de lire l&apos;entrée de journal&#xa0;: %1</translation>
    </message>
    <message>
        <source>The journal activity could not be read: %1</source>
        <translation>Impossible de lire l&apos;activité du journal&#xa0;: %1</translation>
    </message>
    <message>
        <source>The export could not be written: %1</source>
        <translation>Impossible d&apos;écrire l&apos;export&#xa0;: %1</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L&apos;export a été annulé.</translation>
    </message>
</context>
<context>
    <name>JournalRedaction</name>
    <message>
        <source>…[truncated; %1 bytes in all]</source>
        <translation>…[tronqué&#xa0;; %1 octets au total]</translation>
    </message>
    <message>
        <source>[a body of %1 bytes that is not JSON; not kept]</source>
        <translation>[un corps de %1 octets qui n&apos;est pas du JSON&#xa0;; non conservé]</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ScimDesk</source>
        <translation>ScimDesk</translation>
    </message>
    <message>
        <source>Console sections</source>
        <translation>Sections de la console</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Listener</source>
        <translation>É&amp;couteur</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Directory and role</source>
        <translation>Annuaire et rôle</translation>
    </message>
    <message>
        <source>&amp;New directory…</source>
        <translation>&amp;Nouvel annuaire…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Exporter un rapport…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Start the listener</source>
        <translation>&amp;Démarrer l&apos;écouteur</translation>
    </message>
    <message>
        <source>S&amp;top the listener</source>
        <translation>A&amp;rrêter l&apos;écouteur</translation>
    </message>
    <message>
        <source>Onboarding &amp;walkthrough…</source>
        <translation>&amp;Visite guidée de prise en main…</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;About ScimDesk</source>
        <translation>À &amp;propos de ScimDesk</translation>
    </message>
</context>
<context>
    <name>NewDirectoryDialog</name>
    <message>
        <source>New directory</source>
        <translation>Nouvel annuaire</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Directory name</source>
        <translation>Nom de l&apos;annuaire</translation>
    </message>
    <message>
        <source>e.g. deltastream-prod</source>
        <translation>p. ex. deltastream-prod</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>&amp;Environment</source>
        <translation>&amp;Environnement</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>optional, e.g. production</source>
        <translation>facultatif, p. ex. production</translation>
    </message>
    <message>
        <source>&amp;Organization</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Primary directory of the organization</source>
        <translation>Annuaire principal de l&apos;organisation</translation>
    </message>
    <message>
        <source>Token &amp;expires in</source>
        <translation>Le jeton e&amp;xpire dans</translation>
    </message>
    <message>
        <source>Token lifetime in days</source>
        <translation>Durée de validité du jeton en jours</translation>
    </message>
</context>
<context>
    <name>ProvisioningLogTab</name>
    <message>
        <source>Provisioning Log</source>
        <translation>Journal de provisionnement</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Heure</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Plage horaire</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Start of the time range (inclusive)</source>
        <translation>Début de la plage horaire (inclus)</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>End of the time range (exclusive)</source>
        <translation>Fin de la plage horaire (exclue)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>A class of statuses, or type an exact status such as 409</source>
        <translation>Une classe de statuts, ou saisissez un statut exact tel que 409</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Méthode</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Utilisateur</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>part of a userName</source>
        <translation>partie d&apos;un userName</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Groupe</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>part of a group name</source>
        <translation>partie d&apos;un nom de groupe</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xte</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Texte recherché</translation>
    </message>
    <message>
        <source>meaning, path or client</source>
        <translation>signification, chemin ou client</translation>
    </message>
    <message>
        <source>Number of requests</source>
        <translation>Nombre de requêtes</translation>
    </message>
    <message>
        <source>&amp;Live tail</source>
        <translation>Suivi en &amp;direct</translation>
    </message>
    <message>
        <source>Live tail</source>
        <translation>Suivi en direct</translation>
    </message>
    <message>
        <source>Show new requests at the top as they arrive</source>
        <translation>Afficher les nouvelles requêtes en haut dès leur arrivée</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>Write the filtered requests to a CSV file</source>
        <translation>Écrire les requêtes filtrées dans un fichier CSV</translation>
    </message>
    <message>
        <source>Journaled requests</source>
        <translation>Requêtes journalisées</translation>
    </message>
    <message>
        <source>No requests</source>
        <translation>Aucune requête</translation>
    </message>
    <message>
        <source>Bodies of the selected request</source>
        <translation>Corps de la requête sélectionnée</translation>
    </message>
    <message>
        <source>Re&amp;quest body</source>
        <translation>Corps de la re&amp;quête</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Corps de la requête</translation>
    </message>
    <message>
        <source>Res&amp;ponse body</source>
        <translation>Corps de la ré&amp;ponse</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Corps de la réponse</translation>
    </message>
    <message>
        <source>Activity chart</source>
        <translation>Graphique d&apos;activité</translation>
    </message>
</context>
<context>
    <name>PushGroupsTab</name>
    <message>
        <source>Pushed groups</source>
        <translation>Groupes Push</translation>
    </message>
    <message>
        <source>Members of the group</source>
        <translation>Membres du groupe</translation>
    </message>
    <message>
        <source>Roles assigned to the group</source>
        <translation>Rôles affectés au groupe</translation>
    </message>
    <message>
        <source>Role to assign</source>
        <translation>Rôle à affecter</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Affecter</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Pushed, renamed and membership changes</source>
        <translation>Envois, renommages et modifications des membres</translation>
    </message>
    <message>
        <source>Group history</source>
        <translation>Historique du groupe</translation>
    </message>
    <message>
        <source>Refused requests</source>
        <translation>Requêtes refusées</translation>
    </message>
    <message>
        <source>Refused group requests</source>
        <translation>Requêtes de groupe refusées</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Exporter un rapport</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Rapport</translation>
    </message>
    <message>
        <source>&amp;Directory</source>
        <translation>A&amp;nnuaire</translation>
    </message>
    <message>
        <source>&amp;At</source>
        <translation>À la da&amp;te</translation>
    </message>
    <message>
        <source>Who held which role and privilege at this moment (local time)</source>
        <translation>Qui détenait quel rôle et quel privilège à ce moment (heure locale)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>The start of the period (local time)</source>
        <translation>Le début de la période (heure locale)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>The end of the period, included (local time)</source>
        <translation>La fin de la période, incluse (heure locale)</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>For&amp;mat</translation>
    </message>
    <message>
        <source>F&amp;ile</source>
        <translation>F&amp;ichier</translation>
    </message>
    <message>
        <source>Report file</source>
        <translation>Fichier du rapport</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Open the file when it is written</source>
        <translation>Ouvrir le fichier une fois écrit</translation>
    </message>
    <message>
        <source>&amp;Open the File</source>
        <translation>&amp;Ouvrir le fichier</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Annu&amp;ler</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>Directory</source>
        <translation>Annuaire</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Généré le</translation>
    </message>
    <message>
        <source>Chain head</source>
        <translation>Tête de chaîne</translation>
    </message>
    <message>
        <source>Verify with</source>
        <translation>Vérifier avec</translation>
    </message>
    <message>
        <source>Every journal and access-history entry carries the SHA-256 hash of its content and of the entry before it. The verify command checks that no entry was edited, deleted or reordered since; a chain head that matches the one above shows that this report was made from the same record.</source>
        <translation>Chaque entrée du journal et de l&apos;historique des accès porte le hachage SHA-256 de son contenu et de l&apos;entrée qui la précède. La commande de vérification contrôle qu&apos;aucune entrée n&apos;a été modifiée, supprimée ni réordonnée depuis&#xa0;; une tête de chaîne identique à celle indiquée ci-dessus prouve que ce rapport a été établi à partir du même enregistrement.</translation>
    </message>
    <message>
        <source>Nothing to report for this directory and period.</source>
        <translation>Rien à signaler pour cet annuaire et cette période.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>PDF reports need the graphical part of Qt (a QGuiApplication; offscreen is enough).</source>
        <translation>Les rapports PDF nécessitent la partie graphique de Qt (une QGuiApplication&#xa0;; offscreen suffit).</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Privileged</source>
        <translation>Privilégié</translation>
    </message>
    <message>
        <source>Privileges</source>
        <translation>Privilèges</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>Utilisateurs actifs</translation>
    </message>
    <message>
        <source>Active users holding a privileged role</source>
        <translation>Utilisateurs actifs détenant un rôle privilégié</translation>
    </message>
    <message>
        <source>Users not active (not listed)</source>
        <translation>Utilisateurs non actifs (non listés)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Seconds to revoke</source>
        <translation>Secondes avant révocation</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>via %1</translation>
    </message>
    <message>
        <source>reactivated</source>
        <translation>réactivé</translation>
    </message>
    <message>
        <source>new user</source>
        <translation>nouvel utilisateur</translation>
    </message>
    <message>
        <source>%1; every role removed at %2</source>
        <translation>%1&#xa0;; tous les rôles retirés à %2</translation>
    </message>
    <message>
        <source>%1; reactivated before every role was removed</source>
        <translation>%1&#xa0;; réactivé avant le retrait de tous les rôles</translation>
    </message>
    <message>
        <source>%1; still holds %2</source>
        <translation>%1&#xa0;; détient encore %2</translation>
    </message>
    <message>
        <source>Joiners</source>
        <translation>Arrivées</translation>
    </message>
    <message>
        <source>Role changes of active users (movers)</source>
        <translation>Changements de rôle des utilisateurs actifs (mobilités)</translation>
    </message>
    <message>
        <source>Leavers</source>
        <translation>Départs</translation>
    </message>
    <message>
        <source>Leavers who lost every role</source>
        <translation>Partants ayant perdu tous leurs rôles</translation>
    </message>
    <message>
        <source>Leavers still holding a role</source>
        <translation>Partants détenant encore un rôle</translation>
    </message>
    <message>
        <source>Longest time from deactivation to the loss of every role</source>
        <translation>Délai maximal entre la désactivation et la perte de tous les rôles</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Grants, revocations and role changes by operators</source>
        <translation>Privilèges accordés, révocations et changements de rôle effectués par les opérateurs</translation>
    </message>
    <message>
        <source>was %1</source>
        <translation>auparavant %1</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>groupe %1</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>expire le %1</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>n&apos;expire jamais</translation>
    </message>
    <message>
        <source>replaced by a newer token; stopped working</source>
        <translation>remplacé par un jeton plus récent&#xa0;; ne fonctionne plus</translation>
    </message>
    <message>
        <source>last accepted request</source>
        <translation>dernière requête acceptée</translation>
    </message>
    <message>
        <source>never used</source>
        <translation>jamais utilisé</translation>
    </message>
    <message>
        <source>%1 refused (401), %2 locked out (429), the last at %3</source>
        <translation>%1 refusées (401), %2 bloquées (429), dernière&#xa0;: %3</translation>
    </message>
    <message>
        <source>Tokens issued</source>
        <translation>Jetons émis</translation>
    </message>
    <message>
        <source>Tokens revoked, rotated out or expired</source>
        <translation>Jetons révoqués, retirés par renouvellement ou expirés</translation>
    </message>
    <message>
        <source>Bad-token attempts (401 and 429)</source>
        <translation>Tentatives avec un jeton invalide (401 et 429)</translation>
    </message>
    <message>
        <source>Addresses with bad-token attempts</source>
        <translation>Adresses à l&apos;origine de tentatives avec un jeton invalide</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Première</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Dernière</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <source>HTTP %1 without a message</source>
        <translation>HTTP %1 sans message</translation>
    </message>
    <message>
        <source>(other causes)</source>
        <translation>(autres causes)</translation>
    </message>
    <message>
        <source>Failed requests</source>
        <translation>Requêtes en échec</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>Causes</translation>
    </message>
    <message>
        <source>Access review</source>
        <translation>Revue des accès</translation>
    </message>
    <message>
        <source>Changes: joiners, movers and leavers</source>
        <translation>Changements&#xa0;: arrivées, mobilités et départs</translation>
    </message>
    <message>
        <source>Security integration: tokens</source>
        <translation>Intégration de sécurité&#xa0;: jetons</translation>
    </message>
    <message>
        <source>Provisioning errors</source>
        <translation>Erreurs de provisionnement</translation>
    </message>
    <message>
        <source>Choose a directory.</source>
        <translation>Choisissez un annuaire.</translation>
    </message>
    <message>
        <source>Choose the file to write the report to.</source>
        <translation>Choisissez le fichier dans lequel écrire le rapport.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>La période se termine (%1) avant de commencer (%2).</translation>
    </message>
    <message>
        <source>PDF reports need the graphical part of Qt (a QGuiApplication; offscreen is enough).</source>
        <translation>Les rapports PDF nécessitent la partie graphique de Qt (une QGuiApplication&#xa0;; offscreen suffit).</translation>
    </message>
    <message>
        <source>There is no directory named &quot;%1&quot;.</source>
        <translation>Il n&apos;existe aucun annuaire nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>à %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>The report was cancelled; no file was written.</source>
        <translation>Le rapport a été annulé&#xa0;; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Cannot read the journal: %1</source>
        <translation>Impossible de lire le journal&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ResourceCodec</name>
    <message>
        <source>&quot;%1&quot; must be %2%3.</source>
        <translation>&quot;%1&quot; doit être %2%3.</translation>
    </message>
    <message>
        <source> or an array of them</source>
        <translation> ou un tableau de telles valeurs</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than one value marked primary.</source>
        <translation>&quot;%1&quot; comporte plus d&apos;une valeur marquée comme principale.</translation>
    </message>
    <message>
        <source>%1[%2] must be an object with a non-empty string &quot;value&quot; (a user id).</source>
        <translation>%1[%2] doit être un objet comportant une chaîne &quot;value&quot; non vide (un identifiant d&apos;utilisateur).</translation>
    </message>
    <message>
        <source>%1[%2] has type &quot;%3&quot;: only users can be members (nested groups are not supported).</source>
        <translation>%1[%2] est de type &quot;%3&quot;&#xa0;: seuls les utilisateurs peuvent être membres (les groupes imbriqués ne sont pas pris en charge).</translation>
    </message>
    <message>
        <source>&quot;schemas&quot; must be an array of schema URNs.</source>
        <translation>&quot;schemas&quot; doit être un tableau d&apos;URN de schémas.</translation>
    </message>
    <message>
        <source>&quot;members&quot; must be an array of objects.</source>
        <translation>&quot;members&quot; doit être un tableau d&apos;objets.</translation>
    </message>
    <message>
        <source>Core attributes must be top-level, not nested under &quot;%1&quot;.</source>
        <translation>Les attributs du schéma de base doivent figurer au niveau racine, et non sous &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The extension &quot;%1&quot; must be an object of attributes.</source>
        <translation>L&apos;extension &quot;%1&quot; doit être un objet d&apos;attributs.</translation>
    </message>
    <message>
        <source>&quot;externalId&quot; must be a string.</source>
        <translation>&quot;externalId&quot; doit être une chaîne.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is required and must be a non-empty string.</source>
        <translation>&quot;%1&quot; est obligatoire et doit être une chaîne non vide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters.</source>
        <translation>&quot;%1&quot; dépasse %2 caractères.</translation>
    </message>
</context>
<context>
    <name>RoleMappingsTab</name>
    <message>
        <source>Search roles and users</source>
        <translation>Rechercher des rôles et des utilisateurs</translation>
    </message>
    <message>
        <source>Search roles, users, groups</source>
        <translation>Rechercher des rôles, utilisateurs, groupes</translation>
    </message>
    <message>
        <source>By role</source>
        <translation>Par rôle</translation>
    </message>
    <message>
        <source>By user</source>
        <translation>Par utilisateur</translation>
    </message>
    <message>
        <source>Roles and who holds them</source>
        <translation>Rôles et leurs détenteurs</translation>
    </message>
    <message>
        <source>Privileges of the selected role</source>
        <translation>Privilèges du rôle sélectionné</translation>
    </message>
    <message>
        <source>Privilege</source>
        <translation>Privilège</translation>
    </message>
    <message>
        <source>&amp;Grant</source>
        <translation>&amp;Accorder</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Révoquer</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>doit être une chaîne non vide</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <source>unknown field (expected one of: %1)</source>
        <translation>champ inconnu (attendu&#xa0;: l’un de %1)</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>must be &quot;oin&quot; or &quot;aiw&quot;, not &quot;%1&quot;</source>
        <translation>doit valoir &quot;oin&quot; ou &quot;aiw&quot;, et non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be &quot;userName&quot;, &quot;login&quot; or &quot;email&quot;</source>
        <translation>doit valoir &quot;userName&quot;, &quot;login&quot; ou &quot;email&quot;</translation>
    </message>
    <message>
        <source>a person with login &quot;%1&quot; already exists</source>
        <translation>une personne avec le login &quot;%1&quot; existe déjà</translation>
    </message>
    <message>
        <source>must be &quot;active&quot; or &quot;deactivated&quot;</source>
        <translation>doit valoir &quot;active&quot; ou &quot;deactivated&quot;</translation>
    </message>
    <message>
        <source>a group named &quot;%1&quot; already exists</source>
        <translation>un groupe nommé &quot;%1&quot; existe déjà</translation>
    </message>
    <message>
        <source>no person with login &quot;%1&quot;</source>
        <translation>aucune personne avec le login &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;</source>
        <translation>action inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no group named &quot;%1&quot;</source>
        <translation>aucun groupe nommé &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be a non-empty object</source>
        <translation>doit être un objet non vide</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>JSON non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>the scenario must be a JSON object</source>
        <translation>le scénario doit être un objet JSON</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>no details</source>
        <translation>aucun détail</translation>
    </message>
    <message>
        <source>No Secret Service is running (%1). Start a desktop session with a keyring such as gnome-keyring, or on a headless server run ScimDesk inside &quot;dbus-run-session&quot; with an unlocked gnome-keyring-daemon; the token was not stored anywhere else.</source>
        <translation>Aucun Secret Service n&apos;est actif (%1). Démarrez une session de bureau disposant d&apos;un trousseau tel que gnome-keyring ou, sur un serveur sans interface graphique, exécutez ScimDesk dans &quot;dbus-run-session&quot; avec un gnome-keyring-daemon déverrouillé&#xa0;; le jeton n&apos;a été stocké nulle part ailleurs.</translation>
    </message>
    <message>
        <source>The keychain has no secret &quot;%1&quot; (%2). A locked or missing login keyring also reads as not found: unlock the keyring and try again.</source>
        <translation>Le trousseau ne contient aucun secret «&#xa0;%1&#xa0;» (%2). Un trousseau de connexion verrouillé ou absent donne aussi ce résultat&#xa0;: déverrouillez le trousseau et réessayez.</translation>
    </message>
    <message>
        <source>The keychain refused access to &quot;%1&quot; (%2).</source>
        <translation>Le trousseau a refusé l&apos;accès à «&#xa0;%1&#xa0;» (%2).</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot; from the keychain (%2).</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;» dans le trousseau (%2).</translation>
    </message>
    <message>
        <source>Cannot store &quot;%1&quot; in the keychain (%2); is the login keyring unlocked?</source>
        <translation>Impossible de stocker «&#xa0;%1&#xa0;» dans le trousseau (%2)&#xa0;; le trousseau de connexion est-il déverrouillé&#xa0;?</translation>
    </message>
    <message>
        <source>Cannot delete &quot;%1&quot; from the keychain (%2).</source>
        <translation>Impossible de supprimer «&#xa0;%1&#xa0;» du trousseau (%2).</translation>
    </message>
</context>
<context>
    <name>SecurityIntegrationTab</name>
    <message>
        <source>&lt;b&gt;Directories&lt;/b&gt; by environment and organization</source>
        <translation>&lt;b&gt;Annuaires&lt;/b&gt; par environnement et organisation</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Annuaires</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Annuaire</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>New directory…</source>
        <translation>Nouvel annuaire…</translation>
    </message>
    <message>
        <source>Create a directory</source>
        <translation>Créer un annuaire</translation>
    </message>
    <message>
        <source>Security integration</source>
        <translation>Intégration de sécurité</translation>
    </message>
    <message>
        <source>SCIM connector base URL</source>
        <translation>URL de base du connecteur SCIM</translation>
    </message>
    <message>
        <source>Copy the base URL</source>
        <translation>Copier l&apos;URL de base</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Jeton porteur</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>Copy token again</source>
        <translation>Copier à nouveau le jeton</translation>
    </message>
    <message>
        <source>Copies the token kept in the system keychain</source>
        <translation>Copie le jeton conservé dans le trousseau du système</translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation>Renouveler…</translation>
    </message>
    <message>
        <source>Overlap window for the previous token</source>
        <translation>Période de chevauchement pour le jeton précédent</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>Listener</source>
        <translation>Écouteur</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Listen address and port</source>
        <translation>Adresse et port d&apos;écoute</translation>
    </message>
    <message>
        <source>127.0.0.1:7643</source>
        <translation>127.0.0.1:7643</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Okta settings checklist</source>
        <translation>Liste de contrôle des paramètres Okta</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Takes effect the next time ScimDesk starts.</source>
        <translation>Prend effet au prochain démarrage de ScimDesk.</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Apparence&#xa0;:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>SCIM listener of the console</source>
        <translation>Écouteur SCIM de la console</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>A&amp;dresse&#xa0;:</translation>
    </message>
    <message>
        <source>Listener address</source>
        <translation>Adresse de l&apos;écouteur</translation>
    </message>
    <message>
        <source>127.0.0.1</source>
        <translation>127.0.0.1</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>Listener port</source>
        <translation>Port de l&apos;écouteur</translation>
    </message>
    <message>
        <source>7643</source>
        <translation>7643</translation>
    </message>
    <message>
        <source>&amp;HTTPS:</source>
        <translation>&amp;HTTPS&#xa0;:</translation>
    </message>
    <message>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
    <message>
        <source>&amp;Certificate file:</source>
        <translation>Fichier de &amp;certificat&#xa0;:</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Fichier de certificat</translation>
    </message>
    <message>
        <source>PEM certificate chain, leaf first</source>
        <translation>Chaîne de certificats PEM, certificat feuille en premier</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation>Choisir le fichier de certificat</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>&amp;Fichier de clé&#xa0;:</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Fichier de clé privée</translation>
    </message>
    <message>
        <source>Unencrypted PEM private key</source>
        <translation>Clé privée PEM non chiffrée</translation>
    </message>
    <message>
        <source>Choose the private key file</source>
        <translation>Choisir le fichier de clé privée</translation>
    </message>
    <message>
        <source>Tokens and journal</source>
        <translation>Jetons et journal</translation>
    </message>
    <message>
        <source>New tokens &amp;expire after:</source>
        <translation>Les nouveaux jetons &amp;expirent après&#xa0;:</translation>
    </message>
    <message>
        <source>Token lifetime in days</source>
        <translation>Durée de vie des jetons, en jours</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Keep &amp;journal entries for:</source>
        <translation>Conserver les entrées du &amp;journal pendant&#xa0;:</translation>
    </message>
    <message>
        <source>Journal retention in days (0 keeps entries for ever)</source>
        <translation>Conservation du journal, en jours (0 conserve les entrées indéfiniment)</translation>
    </message>
    <message>
        <source>For ever</source>
        <translation>Indéfiniment</translation>
    </message>
</context>
<context>
    <name>SimulatorTab</name>
    <message>
        <source>Okta app integration (Provisioning › Integration)</source>
        <translation>Intégration d&apos;application Okta (Provisioning › Integration)</translation>
    </message>
    <message>
        <source>SCIM connector base &amp;URL</source>
        <translation>U&amp;RL de base du connecteur SCIM</translation>
    </message>
    <message>
        <source>SCIM connector base URL the simulated app sends to</source>
        <translation>URL de base du connecteur SCIM à laquelle l&apos;application simulée envoie ses requêtes</translation>
    </message>
    <message>
        <source>https://host/scim/v2/directory</source>
        <translation>https://host/scim/v2/directory</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Jeton d&apos;API</translation>
    </message>
    <message>
        <source>Where the API token comes from</source>
        <translation>Provenance du jeton d&apos;API</translation>
    </message>
    <message>
        <source>Paste the directory&apos;s token</source>
        <translation>Coller le jeton de l&apos;annuaire</translation>
    </message>
    <message>
        <source>Bearer token to send</source>
        <translation>Jeton porteur à envoyer</translation>
    </message>
    <message>
        <source>Use token</source>
        <translation>Utiliser le jeton</translation>
    </message>
    <message>
        <source>Use the pasted token</source>
        <translation>Utiliser le jeton collé</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Okta&apos;s &quot;Test API Credentials&quot;: GET /Users?startIndex=1&amp;count=2</source>
        <translation>«&#xa0;Test API Credentials&#xa0;» d&apos;Okta&#xa0;: GET /Users?startIndex=1&amp;count=2</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Import users</source>
        <translation>Importer les utilisateurs</translation>
    </message>
    <message>
        <source>Import users from the app</source>
        <translation>Importer les utilisateurs depuis l&apos;application</translation>
    </message>
    <message>
        <source>Import groups</source>
        <translation>Importer les groupes</translation>
    </message>
    <message>
        <source>Import groups from the app</source>
        <translation>Importer les groupes depuis l&apos;application</translation>
    </message>
    <message>
        <source>Progress of the queued actions</source>
        <translation>Progression des actions en file d&apos;attente</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the queued actions</source>
        <translation>Annuler les actions en file d&apos;attente</translation>
    </message>
    <message>
        <source>Load scenario…</source>
        <translation>Charger un scénario…</translation>
    </message>
    <message>
        <source>Load a scenario file</source>
        <translation>Charger un fichier de scénario</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Start over with the initial org</source>
        <translation>Recommencer avec l&apos;organisation initiale</translation>
    </message>
    <message>
        <source>Simulator message</source>
        <translation>Message du simulateur</translation>
    </message>
    <message>
        <source>Simulated Okta org</source>
        <translation>Organisation Okta simulée</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Add person…</source>
        <translation>Ajouter une personne…</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Deactivate or reactivate the selected person</source>
        <translation>Désactiver ou réactiver la personne sélectionnée</translation>
    </message>
    <message>
        <source>Assign to app</source>
        <translation>Affecter à l&apos;application</translation>
    </message>
    <message>
        <source>Assign or unassign the selected person</source>
        <translation>Affecter la personne sélectionnée à l&apos;application ou lui retirer cette affectation</translation>
    </message>
    <message>
        <source>&amp;Bulk add</source>
        <translation>Ajout en &amp;masse</translation>
    </message>
    <message>
        <source>Number of people to generate</source>
        <translation>Nombre de personnes à générer</translation>
    </message>
    <message>
        <source> people</source>
        <translation> personnes</translation>
    </message>
    <message>
        <source>into</source>
        <translation>dans</translation>
    </message>
    <message>
        <source>Group to add the generated people to</source>
        <translation>Groupe auquel ajouter les personnes générées</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Générer</translation>
    </message>
    <message>
        <source>Generate people</source>
        <translation>Générer des personnes</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Username (login)</source>
        <translation>Nom d&apos;utilisateur (login)</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Primary email (the username when empty)</source>
        <translation>Adresse e-mail principale (nom d&apos;utilisateur si vide)</translation>
    </message>
    <message>
        <source>Primary email</source>
        <translation>Adresse e-mail principale</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the new person</source>
        <translation>Enregistrer la nouvelle personne</translation>
    </message>
    <message>
        <source>Cancel adding a person</source>
        <translation>Annuler l&apos;ajout de la personne</translation>
    </message>
    <message>
        <source>No people in the org yet. Add a person, generate people or load a scenario.</source>
        <translation>L&apos;organisation ne compte encore aucune personne. Ajoutez une personne, générez des personnes ou chargez un scénario.</translation>
    </message>
    <message>
        <source>People in the simulated Okta org</source>
        <translation>Personnes de l&apos;organisation Okta simulée</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Assign the selected group to the app</source>
        <translation>Affecter le groupe sélectionné à l&apos;application</translation>
    </message>
    <message>
        <source>Push group</source>
        <translation>Pousser le groupe</translation>
    </message>
    <message>
        <source>Push the selected group</source>
        <translation>Pousser le groupe sélectionné</translation>
    </message>
    <message>
        <source>Push now</source>
        <translation>Pousser maintenant</translation>
    </message>
    <message>
        <source>Push the selected group&apos;s members now</source>
        <translation>Pousser maintenant les membres du groupe sélectionné</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Dissocier</translation>
    </message>
    <message>
        <source>Unlink the pushed group</source>
        <translation>Dissocier le groupe poussé</translation>
    </message>
    <message>
        <source>and delete it in the app</source>
        <translation>et le supprimer dans l&apos;application</translation>
    </message>
    <message>
        <source>Delete the group in the app when unlinking</source>
        <translation>Supprimer le groupe dans l&apos;application lors de la dissociation</translation>
    </message>
    <message>
        <source>No groups in the org yet. Add one below or load a scenario.</source>
        <translation>L&apos;organisation ne compte encore aucun groupe. Ajoutez-en un ci-dessous ou chargez un scénario.</translation>
    </message>
    <message>
        <source>Groups in the simulated Okta org</source>
        <translation>Groupes de l&apos;organisation Okta simulée</translation>
    </message>
    <message>
        <source>New group name</source>
        <translation>Nom du nouveau groupe</translation>
    </message>
    <message>
        <source>Name of the new group</source>
        <translation>Nom du nouveau groupe</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Ajouter un groupe</translation>
    </message>
    <message>
        <source>Add the group</source>
        <translation>Ajouter le groupe</translation>
    </message>
    <message>
        <source>Select a group.</source>
        <translation>Sélectionnez un groupe.</translation>
    </message>
    <message>
        <source>New name of the selected group</source>
        <translation>Nouveau nom du groupe sélectionné</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Nom du groupe</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Rename the selected group</source>
        <translation>Renommer le groupe sélectionné</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Members of the selected group</source>
        <translation>Membres du groupe sélectionné</translation>
    </message>
    <message>
        <source>Person to add to the group</source>
        <translation>Personne à ajouter au groupe</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Ajouter un membre</translation>
    </message>
    <message>
        <source>Add the person to the group</source>
        <translation>Ajouter la personne au groupe</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Retirer le membre</translation>
    </message>
    <message>
        <source>Remove the selected member</source>
        <translation>Retirer le membre sélectionné</translation>
    </message>
    <message>
        <source>Assignment attributes (sent with each member&apos;s profile while the group is assigned to the app)</source>
        <translation>Attributs d&apos;affectation (envoyés avec le profil de chaque membre tant que le groupe est affecté à l&apos;application)</translation>
    </message>
    <message>
        <source>Assignment attributes of the selected group</source>
        <translation>Attributs d&apos;affectation du groupe sélectionné</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Add attribute</source>
        <translation>Ajouter un attribut</translation>
    </message>
    <message>
        <source>Add an assignment attribute</source>
        <translation>Ajouter un attribut d&apos;affectation</translation>
    </message>
    <message>
        <source>Remove attribute</source>
        <translation>Supprimer l&apos;attribut</translation>
    </message>
    <message>
        <source>Remove the selected assignment attribute</source>
        <translation>Supprimer l&apos;attribut d&apos;affectation sélectionné</translation>
    </message>
    <message>
        <source>Save attributes</source>
        <translation>Enregistrer les attributs</translation>
    </message>
    <message>
        <source>Save the assignment attributes and update the members</source>
        <translation>Enregistrer les attributs d&apos;affectation et mettre à jour les membres</translation>
    </message>
    <message>
        <source>Provisioning settings</source>
        <translation>Paramètres de provisionnement</translation>
    </message>
    <message>
        <source>General and Integration</source>
        <translation>Général et intégration</translation>
    </message>
    <message>
        <source>App &amp;kind</source>
        <translation>T&amp;ype d&apos;application</translation>
    </message>
    <message>
        <source>App kind</source>
        <translation>Type d&apos;application</translation>
    </message>
    <message>
        <source>OIN template (PATCH)</source>
        <translation>Modèle OIN (PATCH)</translation>
    </message>
    <message>
        <source>App Integration Wizard (GET then PUT)</source>
        <translation>App Integration Wizard (GET puis PUT)</translation>
    </message>
    <message>
        <source>&amp;Unique identifier field for users</source>
        <translation>&amp;Unique identifier field for users</translation>
    </message>
    <message>
        <source>Unique identifier field for users</source>
        <translation>Unique identifier field for users</translation>
    </message>
    <message>
        <source>Okta username (login)</source>
        <translation>Nom d&apos;utilisateur Okta (login)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Supported provisioning actions</source>
        <translation>Actions de provisionnement prises en charge</translation>
    </message>
    <message>
        <source>Import Groups</source>
        <translation>Import Groups</translation>
    </message>
    <message>
        <source>Push Groups</source>
        <translation>Push Groups</translation>
    </message>
    <message>
        <source>Authentication Mode</source>
        <translation>Mode d&apos;authentification</translation>
    </message>
    <message>
        <source>HTTP Header (Authorization: Bearer)</source>
        <translation>HTTP Header (Authorization: Bearer)</translation>
    </message>
    <message>
        <source>Provisioning to App</source>
        <translation>Provisionnement vers l&apos;application</translation>
    </message>
    <message>
        <source>Create Users</source>
        <translation>Create Users</translation>
    </message>
    <message>
        <source>Update User Attributes</source>
        <translation>Update User Attributes</translation>
    </message>
    <message>
        <source>Deactivate Users</source>
        <translation>Deactivate Users</translation>
    </message>
    <message>
        <source>Sync Password</source>
        <translation>Sync Password</translation>
    </message>
    <message>
        <source>Push group memberships immediately</source>
        <translation>Pousser immédiatement les appartenances aux groupes</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Activity summary</source>
        <translation>Résumé de l&apos;activité</translation>
    </message>
    <message>
        <source>Actions and their outcome</source>
        <translation>Actions et leur résultat</translation>
    </message>
    <message>
        <source>Requests the selected action sent</source>
        <translation>Requêtes envoyées par l&apos;action sélectionnée</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation>Requête envoyée</translation>
    </message>
    <message>
        <source>Select a request to see what was sent.</source>
        <translation>Sélectionnez une requête pour voir ce qui a été envoyé.</translation>
    </message>
    <message>
        <source>Response received</source>
        <translation>Réponse reçue</translation>
    </message>
    <message>
        <source>Select a request to see the response.</source>
        <translation>Sélectionnez une requête pour voir la réponse.</translation>
    </message>
</context>
<context>
    <name>TokenAdmin</name>
    <message>
        <source>in %1 days</source>
        <translation>dans %1 jours</translation>
    </message>
    <message>
        <source>in 1 day</source>
        <translation>dans 1 jour</translation>
    </message>
    <message>
        <source>within a day</source>
        <translation>d&apos;ici un jour</translation>
    </message>
    <message>
        <source>The token expires %1 (%2): rotate it now and enter the new token in Okta, or provisioning stops.</source>
        <translation>Le jeton expire %1 (%2)&#xa0;: renouvelez-le maintenant et saisissez le nouveau jeton dans Okta, sinon le provisionnement s&apos;arrêtera.</translation>
    </message>
    <message>
        <source>The token expires %1 (%2): plan its rotation.</source>
        <translation>Le jeton expire %1 (%2)&#xa0;: planifiez son renouvellement.</translation>
    </message>
    <message>
        <source>A token of %1 (profile %2) must belong to an administrator: name one who holds orgadmin. %3</source>
        <translation>Un jeton de %1 (profil %2) doit appartenir à un administrateur&#xa0;: désignez-en un qui détient orgadmin. %3</translation>
    </message>
    <message>
        <source>%1 cannot own a token of %2: a token&apos;s owner must be an administrator (hold orgadmin). %3</source>
        <translation>%1 ne peut pas être propriétaire d&apos;un jeton de %2&#xa0;: le propriétaire d&apos;un jeton doit être un administrateur (détenir orgadmin). %3</translation>
    </message>
    <message>
        <source>There is no directory named &quot;%1&quot;.</source>
        <translation>Il n&apos;existe aucun annuaire nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The overlap must not be negative.</source>
        <translation>La période de chevauchement ne doit pas être négative.</translation>
    </message>
    <message>
        <source>The token lifetime must be positive.</source>
        <translation>La durée de vie du jeton doit être positive.</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Impossible de démarrer une transaction&#xa0;: %1</translation>
    </message>
    <message>
        <source>it expires on %1</source>
        <translation>il expire le %1</translation>
    </message>
    <message>
        <source>it never expires</source>
        <translation>il n&apos;expire jamais</translation>
    </message>
    <message>
        <source>%1; it belongs to %2</source>
        <translation>%1&#xa0;; il appartient à %2</translation>
    </message>
    <message>
        <source>rotated the bearer token (there was no active token; %1)</source>
        <translation>a renouvelé le jeton porteur (aucun jeton n&apos;était actif&#xa0;; %1)</translation>
    </message>
    <message>
        <source>rotated the bearer token (the previous one stays valid until %1; %2)</source>
        <translation>a renouvelé le jeton porteur (le précédent reste valide jusqu&apos;au %1&#xa0;; %2)</translation>
    </message>
    <message>
        <source>rotated the bearer token (the previous one was revoked at once; %1)</source>
        <translation>a renouvelé le jeton porteur (le précédent a été révoqué immédiatement&#xa0;; %1)</translation>
    </message>
    <message>
        <source>Cannot write the journal entry for the token change.</source>
        <translation>Impossible d&apos;écrire l&apos;entrée de journal relative à la modification du jeton.</translation>
    </message>
    <message>
        <source>Cannot save the new token: %1</source>
        <translation>Impossible d&apos;enregistrer le nouveau jeton&#xa0;: %1</translation>
    </message>
    <message>
        <source>revoked the bearer tokens (none was active)</source>
        <translation>a révoqué les jetons porteurs (aucun n&apos;était actif)</translation>
    </message>
    <message>
        <source>revoked the bearer token</source>
        <translation>a révoqué le jeton porteur</translation>
    </message>
    <message numerus="yes">
        <source>revoked %n bearer tokens</source>
        <translation>
            <numerusform>a révoqué %n jeton porteur</numerusform>
            <numerusform>a révoqué %n jetons porteurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save the revocation: %1</source>
        <translation>Impossible d&apos;enregistrer la révocation&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TokenDialog</name>
    <message>
        <source>Bearer token</source>
        <translation>Jeton porteur</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
</context>
<context>
    <name>WalkthroughPage</name>
    <message>
        <source>Perform this step in the simulator</source>
        <translation>Effectuer cette étape dans le simulateur</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>No display found (DISPLAY and WAYLAND_DISPLAY are not set), so the console cannot open. Running the headless listener instead (scimdesk serve).</source>
        <translation>Aucun affichage trouvé (DISPLAY et WAYLAND_DISPLAY ne sont pas définis)&#xa0;: la console ne peut pas s&apos;ouvrir. Démarrage de l&apos;écouteur sans interface graphique à la place (scimdesk serve).</translation>
    </message>
</context>
<context>
    <name>scimdesk::AccessTreeModel</name>
    <message>
        <source>admin attribute %1</source>
        <translation>attribut d&apos;administration %1</translation>
    </message>
    <message>
        <source>push group %1</source>
        <translation>groupe Push %1</translation>
    </message>
    <message>
        <source>inherited from %1</source>
        <translation>hérité de %1</translation>
    </message>
    <message>
        <source>every active user</source>
        <translation>tout utilisateur actif</translation>
    </message>
    <message>
        <source>bootstrap administrator</source>
        <translation>administrateur initial</translation>
    </message>
    <message>
        <source>no privileges</source>
        <translation>aucun privilège</translation>
    </message>
    <message>
        <source>A custom role with no privileges: its holders can do nothing yet.</source>
        <translation>Rôle personnalisé sans privilège&#xa0;: ses détenteurs ne peuvent encore rien faire.</translation>
    </message>
    <message numerus="yes">
        <source>%n holder(s)</source>
        <translation>
            <numerusform>%n détenteur</numerusform>
            <numerusform>%n détenteurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Role / how it is held / user</source>
        <translation>Rôle / mode de détention / utilisateur</translation>
    </message>
    <message>
        <source>Privileges / status</source>
        <translation>Privilèges / statut</translation>
    </message>
    <message>
        <source>User / role / why</source>
        <translation>Utilisateur / rôle / motif</translation>
    </message>
    <message>
        <source>Status, privileges / why</source>
        <translation>Statut, privilèges / motif</translation>
    </message>
</context>
<context>
    <name>scimdesk::ActivityChart</name>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>No requests in this range</source>
        <translation>Aucune requête sur cette période</translation>
    </message>
    <message>
        <source>Requests and errors per day</source>
        <translation>Requêtes et erreurs par jour</translation>
    </message>
    <message>
        <source>Requests and errors per hour</source>
        <translation>Requêtes et erreurs par heure</translation>
    </message>
    <message>
        <source>Requests and errors per minute</source>
        <translation>Requêtes et erreurs par minute</translation>
    </message>
    <message>
        <source>%L1 requests, %L2 errors</source>
        <translation>%L1 requêtes, %L2 erreurs</translation>
    </message>
</context>
<context>
    <name>scimdesk::AssignmentsTab</name>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Select a user to see how they got their roles and every request about them.</source>
        <translation>Sélectionnez un utilisateur pour voir comment il a obtenu ses rôles et toutes les requêtes le concernant.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n user(s)</source>
        <translation>
            <numerusform>%1 sur %n utilisateur</numerusform>
            <numerusform>%1 sur %n utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) — %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) — %3</translation>
    </message>
    <message>
        <source>Holds no role.</source>
        <translation>Ne détient aucun rôle.</translation>
    </message>
    <message>
        <source>Roles: %1</source>
        <translation>Rôles&#xa0;: %1</translation>
    </message>
    <message>
        <source>Groups: %1</source>
        <translation>Groupes&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>scimdesk::ConsoleBackend</name>
    <message>
        <source>The token belongs to %1, who is no longer an administrator, so Okta&apos;s requests are refused: %2 Rotate the token while acting as an administrator.</source>
        <translation>Le jeton appartient à %1, qui n&apos;est plus administrateur&#xa0;; les requêtes d&apos;Okta sont donc refusées&#xa0;: %2 Renouvelez le jeton en agissant en tant qu&apos;administrateur.</translation>
    </message>
    <message>
        <source>No token: Okta cannot connect. Rotate to issue one.</source>
        <translation>Aucun jeton&#xa0;: Okta ne peut pas se connecter. Renouvelez pour en émettre un.</translation>
    </message>
    <message>
        <source>No token works (%1): Okta cannot connect. Rotate to issue a new one.</source>
        <translation>Aucun jeton ne fonctionne (%1)&#xa0;: Okta ne peut pas se connecter. Renouvelez pour en émettre un nouveau.</translation>
    </message>
    <message>
        <source>SCIM connector base URL: %1</source>
        <translation>URL de base du connecteur SCIM&#xa0;: %1</translation>
    </message>
    <message>
        <source>Provisioning &gt; Integration. Ticked by Okta&apos;s connection test (GET /Users?startIndex=1&amp;count=2).</source>
        <translation>Provisioning &gt; Integration. Coché par le test de connexion d&apos;Okta (GET /Users?startIndex=1&amp;count=2).</translation>
    </message>
    <message>
        <source>Authentication mode: HTTP Header, with the bearer token</source>
        <translation>Mode d&apos;authentification&#xa0;: HTTP Header, avec le jeton porteur</translation>
    </message>
    <message>
        <source>Ticked when a request authenticated with the token.</source>
        <translation>Coché lorsqu&apos;une requête s&apos;est authentifiée avec le jeton.</translation>
    </message>
    <message>
        <source>Unique identifier field for users: %1</source>
        <translation>Unique identifier field for users&#xa0;: %1</translation>
    </message>
    <message>
        <source>This profile refuses a userName that is not an email.</source>
        <translation>Ce profil refuse tout userName qui n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>Supported provisioning actions: Push New Users, Push Profile Updates%1</source>
        <translation>Actions de provisionnement prises en charge&#xa0;: Push New Users, Push Profile Updates%1</translation>
    </message>
    <message>
        <source>, Push Groups</source>
        <translation>, Push Groups</translation>
    </message>
    <message>
        <source>Import New Users and Profile Updates may be checked.</source>
        <translation>L&apos;option Import New Users and Profile Updates peut être cochée.</translation>
    </message>
    <message>
        <source>Leave Import New Users and Profile Updates unchecked.</source>
        <translation>Laissez l&apos;option Import New Users and Profile Updates décochée.</translation>
    </message>
    <message>
        <source>Import Groups: may be checked</source>
        <translation>Import Groups&#xa0;: peut être coché</translation>
    </message>
    <message>
        <source>Ticked by Okta&apos;s group import.</source>
        <translation>Coché par l&apos;import de groupes d&apos;Okta.</translation>
    </message>
    <message>
        <source>Import Groups: unchecked</source>
        <translation>Import Groups&#xa0;: décoché</translation>
    </message>
    <message>
        <source>The %1 profile does not list groups.</source>
        <translation>Le profil %1 ne liste pas les groupes.</translation>
    </message>
    <message>
        <source>Okta listed groups (GET /Groups): uncheck Import Groups in Provisioning &gt; Integration, or its imports will keep failing.</source>
        <translation>Okta a listé les groupes (GET /Groups)&#xa0;: décochez Import Groups dans Provisioning &gt; Integration, sinon ses imports continueront d&apos;échouer.</translation>
    </message>
    <message>
        <source>To App: Create Users</source>
        <translation>To App&#xa0;: Create Users</translation>
    </message>
    <message>
        <source>Ticked by the first user created.</source>
        <translation>Coché par le premier utilisateur créé.</translation>
    </message>
    <message>
        <source>To App: Update User Attributes</source>
        <translation>To App&#xa0;: Update User Attributes</translation>
    </message>
    <message>
        <source>Ticked by the first profile update.</source>
        <translation>Coché par la première mise à jour de profil.</translation>
    </message>
    <message>
        <source>To App: Deactivate Users</source>
        <translation>To App&#xa0;: Deactivate Users</translation>
    </message>
    <message>
        <source>Ticked by the first deactivation.</source>
        <translation>Coché par la première désactivation.</translation>
    </message>
    <message>
        <source>To App: Sync Password off</source>
        <translation>To App&#xa0;: Sync Password désactivé</translation>
    </message>
    <message>
        <source>Okta sends a random password on create; it is never stored.</source>
        <translation>Okta envoie un mot de passe aléatoire à la création&#xa0;; il n&apos;est jamais stocké.</translation>
    </message>
    <message>
        <source>Okta sent a password in an update: turn Sync Password off.</source>
        <translation>Okta a envoyé un mot de passe lors d&apos;une mise à jour&#xa0;: désactivez Sync Password.</translation>
    </message>
    <message>
        <source>Push Groups: push the groups whose members should hold a role</source>
        <translation>Push Groups&#xa0;: poussez les groupes dont les membres doivent détenir un rôle</translation>
    </message>
    <message>
        <source>Ticked by the first group pushed.</source>
        <translation>Coché par le premier groupe poussé.</translation>
    </message>
    <message>
        <source>Push Groups: off</source>
        <translation>Push Groups&#xa0;: désactivé</translation>
    </message>
    <message>
        <source>The %1 profile does not support groups.</source>
        <translation>Le profil %1 ne prend pas en charge les groupes.</translation>
    </message>
    <message>
        <source>Okta sent group requests: turn Push Groups off for this app.</source>
        <translation>Okta a envoyé des requêtes de groupe&#xa0;: désactivez Push Groups pour cette application.</translation>
    </message>
    <message>
        <source>The role %1 has no privileges: its holders can do nothing until someone with MANAGE_GRANTS grants it one.</source>
        <translation>Le rôle %1 n&apos;a aucun privilège&#xa0;: ses détenteurs ne peuvent rien faire tant qu&apos;une personne disposant de MANAGE_GRANTS ne lui en a pas accordé un.</translation>
    </message>
    <message>
        <source>Okta pushed a group member that is not provisioned here: assign the person to the app in Okta first (%1).</source>
        <translation>Okta a poussé un membre de groupe qui n&apos;est pas provisionné ici&#xa0;: affectez d&apos;abord la personne à l&apos;application dans Okta (%1).</translation>
    </message>
    <message>
        <source>The database cannot be opened: %1</source>
        <translation>Impossible d&apos;ouvrir la base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Journal retention did not run: %1</source>
        <translation>La conservation du journal n&apos;a pas pu s&apos;appliquer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Journal retention removed %1 entries older than %2 days; the audit chain stays verifiable from its checkpoint.</source>
        <translation>La conservation du journal a supprimé %1 entrées de plus de %2 jours&#xa0;; la chaîne d&apos;audit reste vérifiable à partir de son point de contrôle.</translation>
    </message>
    <message>
        <source>A copy is kept in the system keychain, so you can copy it again from here.</source>
        <translation>Une copie est conservée dans le trousseau du système&#xa0;: vous pouvez la copier à nouveau d&apos;ici.</translation>
    </message>
    <message>
        <source>The token could not be stored in the keychain (%1): copy it now.</source>
        <translation>Le jeton n&apos;a pas pu être stocké dans le trousseau (%1)&#xa0;: copiez-le maintenant.</translation>
    </message>
    <message>
        <source>Created directory %1 (profile %2).</source>
        <translation>Annuaire %1 créé (profil %2).</translation>
    </message>
    <message>
        <source>Issued a new token for %1; the previous one works until %2.</source>
        <translation>Nouveau jeton émis pour %1&#xa0;; le précédent fonctionne jusqu&apos;au %2.</translation>
    </message>
    <message>
        <source>Issued a new token for %1; the previous one was revoked.</source>
        <translation>Nouveau jeton émis pour %1&#xa0;; le précédent a été révoqué.</translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n token(s) of %1: Okta cannot connect until a new token is entered.</source>
        <translation>
            <numerusform>%n jeton de %1 révoqué&#xa0;: Okta ne peut pas se connecter tant qu&apos;un nouveau jeton n&apos;a pas été saisi.</numerusform>
            <numerusform>%n jetons de %1 révoqués&#xa0;: Okta ne peut pas se connecter tant qu&apos;un nouveau jeton n&apos;a pas été saisi.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no directory named &quot;%1&quot;.</source>
        <translation>Il n&apos;existe aucun annuaire nommé «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>scimdesk::GroupsTableModel</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
        </translation>
    </message>
    <message>
        <source>no roles assigned</source>
        <translation>aucun rôle affecté</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Roles assigned</source>
        <translation>Rôles affectés</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Pushed</source>
        <translation>Poussé</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
</context>
<context>
    <name>scimdesk::JournalTableModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Annuaire</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
</context>
<context>
    <name>scimdesk::LogWorker</name>
    <message>
        <source>The journal could not be opened: %1</source>
        <translation>Impossible d&apos;ouvrir le journal&#xa0;: %1</translation>
    </message>
    <message>
        <source>The journal is not open.</source>
        <translation>Le journal n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <source>Request %1 is not in the journal.</source>
        <translation>La requête %1 ne figure pas dans le journal.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>L&apos;export a été annulé&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>scimdesk::MainWindow</name>
    <message>
        <source>The Okta group %1 both assigns the app and is pushed: Okta advises a separate group for each, or removing someone from it both unassigns and un-pushes them.</source>
        <translation>Le groupe Okta %1 sert à la fois à affecter l&apos;application et au push&#xa0;: Okta recommande un groupe distinct pour chaque usage, faute de quoi retirer quelqu&apos;un de ce groupe annule à la fois son affectation et son push.</translation>
    </message>
    <message>
        <source>Security Integration</source>
        <translation>Intégration de sécurité</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Affectations</translation>
    </message>
    <message>
        <source>Push Groups</source>
        <translation>Groupes Push</translation>
    </message>
    <message>
        <source>Role Mappings</source>
        <translation>Correspondances de rôles</translation>
    </message>
    <message>
        <source>Provisioning Log</source>
        <translation>Journal de provisionnement</translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation>Simulateur</translation>
    </message>
    <message>
        <source>Directory </source>
        <translation>Annuaire </translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Annuaire</translation>
    </message>
    <message>
        <source> Acting as </source>
        <translation> En tant que </translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>The user of this directory you act as; local-admin until Okta provisions an orgadmin.</source>
        <translation>L&apos;utilisateur de cet annuaire au nom duquel vous agissez&#xa0;; local-admin tant qu&apos;Okta n&apos;a pas provisionné d&apos;orgadmin.</translation>
    </message>
    <message>
        <source> current role </source>
        <translation> rôle actuel </translation>
    </message>
    <message>
        <source>Current role</source>
        <translation>Rôle actuel</translation>
    </message>
    <message>
        <source>Actions check the privileges of this role (and the roles it inherits).</source>
        <translation>Les actions vérifient les privilèges de ce rôle (et des rôles dont il hérite).</translation>
    </message>
    <message>
        <source>The new language is used when ScimDesk starts again.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de ScimDesk.</translation>
    </message>
    <message>
        <source>About ScimDesk</source>
        <translation>À propos de ScimDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;ScimDesk %1&lt;/b&gt;&lt;br&gt;Set up, rehearse and audit Okta SCIM provisioning.&lt;br&gt;Database: %2</source>
        <translation>&lt;b&gt;ScimDesk %1&lt;/b&gt;&lt;br&gt;Configurer, tester à blanc et auditer le provisionnement SCIM Okta.&lt;br&gt;Base de données&#xa0;: %2</translation>
    </message>
    <message>
        <source>all my roles</source>
        <translation>tous mes rôles</translation>
    </message>
    <message>
        <source>Acting as %1%2, you lack MANAGE_GRANTS (held by orgadmin and securityadmin): choose another current role in the toolbar.</source>
        <translation>En tant que %1%2, vous ne disposez pas de MANAGE_GRANTS (détenu par orgadmin et securityadmin)&#xa0;: choisissez un autre rôle actuel dans la barre d&apos;outils.</translation>
    </message>
    <message>
        <source> under %1</source>
        <translation> sous %1</translation>
    </message>
    <message>
        <source>Listener: %1 (%2) — %3 requests/s</source>
        <translation>Écouteur&#xa0;: %1 (%2) — %3 requêtes/s</translation>
    </message>
    <message>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
    <message>
        <source>HTTP, loopback</source>
        <translation>HTTP, boucle locale</translation>
    </message>
    <message>
        <source>Listener stopped</source>
        <translation>Écouteur arrêté</translation>
    </message>
    <message>
        <source>The SCIM listener could not start: %1</source>
        <translation>L&apos;écouteur SCIM n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>No directories yet. Follow the onboarding walkthrough (F1), or create one (File &gt; New directory…) and enter its base URL and token in Okta.</source>
        <translation>Aucun annuaire pour l&apos;instant. Suivez la visite guidée (F1) ou créez un annuaire (Fichier &gt; Nouvel annuaire…), puis saisissez son URL de base et son jeton dans Okta.</translation>
    </message>
    <message>
        <source>%1 — ScimDesk</source>
        <translation>%1 — ScimDesk</translation>
    </message>
    <message>
        <source>Chain: %1</source>
        <translation>Chaîne&#xa0;: %1</translation>
    </message>
    <message>
        <source>The tamper-evident journal&apos;s heads:
%1
Verify with: %2</source>
        <translation>Têtes de chaîne du journal (toute falsification y est détectable)&#xa0;:
%1
Vérification&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>scimdesk::NewDirectoryDialog</name>
    <message>
        <source>Each pushed group becomes a custom role; the user attribute %1 makes a user orgadmin. Deactivated users leave the org and keep their record.</source>
        <translation>Chaque groupe poussé devient un rôle personnalisé&#xa0;; l&apos;attribut utilisateur %1 fait d&apos;un utilisateur un orgadmin. Les utilisateurs désactivés quittent l&apos;organisation, mais leur fiche est conservée.</translation>
    </message>
    <message>
        <source>Pushed groups are groups; you assign roles to them here and members inherit them. Deactivation suspends a user; nothing is deleted.</source>
        <translation>Les groupes poussés restent des groupes&#xa0;; vous leur affectez des rôles ici et leurs membres en héritent. La désactivation suspend un utilisateur&#xa0;; rien n&apos;est supprimé.</translation>
    </message>
    <message>
        <source>Users only: no groups and no imports. Okta may change only the display name; deactivation revokes the workspace role and keeps the account.</source>
        <translation>Utilisateurs uniquement&#xa0;: ni groupes ni imports. Okta ne peut modifier que le nom d&apos;affichage&#xa0;; la désactivation révoque le rôle d&apos;espace de travail et conserve le compte.</translation>
    </message>
    <message>
        <source>userName must be an email; Import Groups must stay off in Okta; one primary directory per organization.</source>
        <translation>userName doit être une adresse e-mail&#xa0;; Import Groups doit rester désactivé dans Okta&#xa0;; un seul annuaire principal par organisation.</translation>
    </message>
    <message>
        <source>Plain SCIM 2.0 with Okta&apos;s request shapes.</source>
        <translation>SCIM 2.0 standard, avec les formes de requêtes d&apos;Okta.</translation>
    </message>
</context>
<context>
    <name>scimdesk::OnboardingWizard</name>
    <message>
        <source>Onboarding walkthrough</source>
        <translation>Visite guidée de prise en main</translation>
    </message>
    <message>
        <source>Enable SCIM provisioning</source>
        <translation>Activer le provisionnement SCIM</translation>
    </message>
    <message>
        <source>In %1, SCIM provisioning is enabled by creating a security integration: a SCIM base URL and a bearer token for Okta. Choose the system you connect and a name; ScimDesk creates the directory and starts its listener.</source>
        <translation>Dans %1, le provisionnement SCIM s&apos;active en créant une intégration de sécurité&#xa0;: une URL de base SCIM et un jeton porteur pour Okta. Choisissez le système à connecter et un nom&#xa0;; ScimDesk crée l&apos;annuaire et démarre son écouteur.</translation>
    </message>
    <message>
        <source>no directory yet</source>
        <translation>aucun annuaire pour l&apos;instant</translation>
    </message>
    <message>
        <source>directory %1 not created yet</source>
        <translation>annuaire %1 pas encore créé</translation>
    </message>
    <message>
        <source>the listener is not running</source>
        <translation>l&apos;écouteur n&apos;est pas démarré</translation>
    </message>
    <message>
        <source>the token has not been issued yet</source>
        <translation>le jeton n&apos;a pas encore été émis</translation>
    </message>
    <message>
        <source>System to connect</source>
        <translation>Système à connecter</translation>
    </message>
    <message>
        <source>Directory name</source>
        <translation>Nom de l&apos;annuaire</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Create the OrgAdmin attribute and the groups</source>
        <translation>Créer l&apos;attribut OrgAdmin et les groupes</translation>
    </message>
    <message>
        <source>Create the app and its groups in Okta</source>
        <translation>Créer l&apos;application et ses groupes dans Okta</translation>
    </message>
    <message>
        <source>In Okta&apos;s Profile Editor, add the boolean attribute &lt;b&gt;deltastreamOrgadmin&lt;/b&gt; to the app user profile. Create the assignment groups &lt;b&gt;DeltaStream OrgAdmins&lt;/b&gt; (the attribute set to true) and &lt;b&gt;DeltaStream Users&lt;/b&gt;, and a group &lt;b&gt;development&lt;/b&gt; to push later.</source>
        <translation>Dans le Profile Editor d&apos;Okta, ajoutez l&apos;attribut booléen &lt;b&gt;deltastreamOrgadmin&lt;/b&gt; au profil utilisateur de l&apos;application. Créez les groupes d&apos;affectation &lt;b&gt;DeltaStream OrgAdmins&lt;/b&gt; (attribut défini sur true) et &lt;b&gt;DeltaStream Users&lt;/b&gt;, ainsi qu&apos;un groupe &lt;b&gt;development&lt;/b&gt; à pousser plus tard.</translation>
    </message>
    <message>
        <source>Add the %1 app in Okta and create the groups you will assign to it (and, where %1 supports it, a group &lt;b&gt;development&lt;/b&gt; to push).</source>
        <translation>Ajoutez l&apos;application %1 dans Okta et créez les groupes que vous lui affecterez (ainsi que, si %1 le permet, un groupe &lt;b&gt;development&lt;/b&gt; à pousser).</translation>
    </message>
    <message>
        <source>the simulated Okta org has no groups yet</source>
        <translation>l&apos;organisation Okta simulée n&apos;a pas encore de groupe</translation>
    </message>
    <message>
        <source>Configure the security integration</source>
        <translation>Configurer l&apos;intégration de sécurité</translation>
    </message>
    <message>
        <source>In the app&apos;s Provisioning &amp;gt; Integration, enable API integration: SCIM connector base URL &lt;tt&gt;%1&lt;/tt&gt;, authentication mode HTTP Header, the bearer token. Then &lt;b&gt;Test Connector Configuration&lt;/b&gt;: Okta sends GET /Users?startIndex=1&amp;amp;count=2.</source>
        <translation>Dans Provisioning &amp;gt; Integration de l&apos;application, activez l&apos;intégration d&apos;API&#xa0;: SCIM connector base URL &lt;tt&gt;%1&lt;/tt&gt;, mode d&apos;authentification HTTP Header, le jeton porteur. Cliquez ensuite sur &lt;b&gt;Test Connector Configuration&lt;/b&gt;&#xa0;: Okta envoie GET /Users?startIndex=1&amp;amp;count=2.</translation>
    </message>
    <message>
        <source>no connection test seen yet</source>
        <translation>aucun test de connexion constaté pour l&apos;instant</translation>
    </message>
    <message>
        <source>Set the provisioning options</source>
        <translation>Définir les options de provisionnement</translation>
    </message>
    <message>
        <source>Under To App, enable &lt;b&gt;Create Users&lt;/b&gt;, &lt;b&gt;Update User Attributes&lt;/b&gt; and &lt;b&gt;Deactivate Users&lt;/b&gt;; leave Sync Password off. Import Groups: &lt;b&gt;%1&lt;/b&gt;. Push Groups: &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Sous To App, activez &lt;b&gt;Create Users&lt;/b&gt;, &lt;b&gt;Update User Attributes&lt;/b&gt; et &lt;b&gt;Deactivate Users&lt;/b&gt;&#xa0;; laissez Sync Password désactivé. Import Groups&#xa0;: &lt;b&gt;%1&lt;/b&gt;. Push Groups&#xa0;: &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>the simulated app&apos;s options do not match yet</source>
        <translation>les options de l&apos;application simulée ne correspondent pas encore</translation>
    </message>
    <message>
        <source>Assign people</source>
        <translation>Affecter des personnes</translation>
    </message>
    <message>
        <source>Assign the groups to the app (Assignments &amp;gt; Assign to Groups). Okta checks each user with a userName filter, then creates it.%1</source>
        <translation>Affectez les groupes à l&apos;application (Assignments &amp;gt; Assign to Groups). Okta vérifie chaque utilisateur avec un filtre userName, puis le crée.%1</translation>
    </message>
    <message>
        <source> Members of DeltaStream OrgAdmins are sent with deltastreamOrgadmin: true and become orgadmin.</source>
        <translation> Les membres de DeltaStream OrgAdmins sont envoyés avec deltastreamOrgadmin: true et deviennent orgadmin.</translation>
    </message>
    <message>
        <source>the people have not all arrived yet</source>
        <translation>toutes les personnes ne sont pas encore arrivées</translation>
    </message>
    <message>
        <source>no user holds orgadmin yet</source>
        <translation>aucun utilisateur ne détient encore orgadmin</translation>
    </message>
    <message>
        <source>Push a group</source>
        <translation>Pousser un groupe</translation>
    </message>
    <message>
        <source>Keep Push Groups off</source>
        <translation>Laisser Push Groups désactivé</translation>
    </message>
    <message>
        <source>%1 does not support groups. Leave Push Groups off; ScimDesk refuses group requests with a message saying so. Check that deactivation and reactivation work instead.</source>
        <translation>%1 ne prend pas en charge les groupes. Laissez Push Groups désactivé&#xa0;; ScimDesk refuse les requêtes de groupe avec un message qui l&apos;indique. Vérifiez plutôt que la désactivation et la réactivation fonctionnent.</translation>
    </message>
    <message>
        <source>In Push Groups, push &lt;b&gt;development&lt;/b&gt;. DeltaStream creates a custom role of the same name, with no privileges yet.</source>
        <translation>Dans Push Groups, poussez &lt;b&gt;development&lt;/b&gt;. DeltaStream crée un rôle personnalisé du même nom, encore sans aucun privilège.</translation>
    </message>
    <message>
        <source>In Push Groups, push &lt;b&gt;development&lt;/b&gt;; it appears as a group in %1.</source>
        <translation>Dans Push Groups, poussez &lt;b&gt;development&lt;/b&gt;&#xa0;; il apparaît comme groupe dans %1.</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>pas encore de données</translation>
    </message>
    <message>
        <source>no deactivation seen yet</source>
        <translation>aucune désactivation constatée pour l&apos;instant</translation>
    </message>
    <message>
        <source>the role development does not exist yet</source>
        <translation>le rôle development n&apos;existe pas encore</translation>
    </message>
    <message>
        <source>the role development should start with no privileges</source>
        <translation>le rôle development devrait commencer sans aucun privilège</translation>
    </message>
    <message>
        <source>the group development has not arrived yet</source>
        <translation>le groupe development n&apos;est pas encore arrivé</translation>
    </message>
    <message>
        <source>Deactivate a person</source>
        <translation>Désactiver une personne</translation>
    </message>
    <message>
        <source>Grant the new role a privilege</source>
        <translation>Accorder un privilège au nouveau rôle</translation>
    </message>
    <message>
        <source>Assign a role to the group</source>
        <translation>Affecter un rôle au groupe</translation>
    </message>
    <message>
        <source>Unassigning or deactivating a person in Okta revokes their role in %1 and keeps the account.</source>
        <translation>Retirer l&apos;affectation d&apos;une personne dans Okta, ou la désactiver, révoque son rôle dans %1 et conserve le compte.</translation>
    </message>
    <message>
        <source>Change your current role to &lt;b&gt;orgadmin&lt;/b&gt; and grant &lt;b&gt;development&lt;/b&gt; the privilege CREATE_DATABASE (Role Mappings). Only holders of MANAGE_GRANTS may.</source>
        <translation>Passez au rôle actuel &lt;b&gt;orgadmin&lt;/b&gt; et accordez à &lt;b&gt;development&lt;/b&gt; le privilège CREATE_DATABASE (Correspondances de rôles). Seuls les détenteurs de MANAGE_GRANTS peuvent le faire.</translation>
    </message>
    <message>
        <source>Assign the role &lt;b&gt;sysadmin&lt;/b&gt; to the group &lt;b&gt;development&lt;/b&gt;; its members hold it.</source>
        <translation>Affectez le rôle &lt;b&gt;sysadmin&lt;/b&gt; au groupe &lt;b&gt;development&lt;/b&gt;&#xa0;; ses membres le détiennent.</translation>
    </message>
    <message>
        <source>%1 still holds a role</source>
        <translation>%1 détient encore un rôle</translation>
    </message>
    <message>
        <source>%1 is not provisioned</source>
        <translation>%1 n&apos;est pas provisionné</translation>
    </message>
    <message>
        <source>the grant has not been seen yet</source>
        <translation>l&apos;octroi du privilège n&apos;a pas encore été constaté</translation>
    </message>
    <message>
        <source>no member holds sysadmin yet</source>
        <translation>aucun membre ne détient encore sysadmin</translation>
    </message>
    <message>
        <source>the simulated Okta reported: %1</source>
        <translation>l&apos;Okta simulé a signalé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>scimdesk::ProvisioningLogTab</name>
    <message>
        <source>Any time</source>
        <translation>Toute période</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>15 dernières minutes</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>24 dernières heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Période personnalisée</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Success (2xx)</source>
        <translation>Succès (2xx)</translation>
    </message>
    <message>
        <source>Redirects (3xx)</source>
        <translation>Redirections (3xx)</translation>
    </message>
    <message>
        <source>Client errors (4xx)</source>
        <translation>Erreurs client (4xx)</translation>
    </message>
    <message>
        <source>Server errors (5xx)</source>
        <translation>Erreurs serveur (5xx)</translation>
    </message>
    <message>
        <source>All errors (4xx, 5xx)</source>
        <translation>Toutes les erreurs (4xx, 5xx)</translation>
    </message>
    <message>
        <source>Any method</source>
        <translation>Toutes les méthodes</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Select a request to see its bodies.</source>
        <translation>Sélectionnez une requête pour afficher ses corps de requête et de réponse.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>provisioning-log-%1.csv</source>
        <translation>journal-provisionnement-%1.csv</translation>
    </message>
    <message>
        <source>Export the filtered requests</source>
        <translation>Exporter les requêtes filtrées</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Status: choose a class from the list or type a status from 100 to 599 (not “%1”).</source>
        <translation>Statut&#xa0;: choisissez une classe dans la liste ou saisissez un statut entre 100 et 599 (et non «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>1 request</source>
        <translation>1 requête</translation>
    </message>
    <message>
        <source>%L1 requests</source>
        <translation>%L1 requêtes</translation>
    </message>
    <message>
        <source>No requests match these filters.</source>
        <translation>Aucune requête ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>No requests to %1 yet — Okta&apos;s first request will appear here.</source>
        <translation>Aucune requête vers %1 pour l&apos;instant — la première requête d&apos;Okta apparaîtra ici.</translation>
    </message>
    <message>
        <source>No requests yet — Okta&apos;s first request will appear here.</source>
        <translation>Aucune requête pour l&apos;instant — la première requête d&apos;Okta apparaîtra ici.</translation>
    </message>
    <message>
        <source>No body.</source>
        <translation>Aucun corps.</translation>
    </message>
    <message>
        <source>Exporting requests to %1…</source>
        <translation>Exportation des requêtes vers %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>Exported %L1 of %L2 requests…</source>
        <translation>%L1 requêtes sur %L2 exportées…</translation>
    </message>
    <message>
        <source>Exported 1 request to %1.</source>
        <translation>1 requête exportée vers %1.</translation>
    </message>
    <message>
        <source>Exported %L1 requests to %2.</source>
        <translation>%L1 requêtes exportées vers %2.</translation>
    </message>
</context>
<context>
    <name>scimdesk::PushGroupsTab</name>
    <message>
        <source>%1: each pushed group is a custom role of the same name, with no privileges until someone holding MANAGE_GRANTS grants them (Role Mappings). Built-in role names are refused.</source>
        <translation>%1&#xa0;: chaque groupe poussé est un rôle personnalisé du même nom, sans aucun privilège tant qu&apos;un détenteur de MANAGE_GRANTS ne lui en accorde pas (Correspondances de rôles). Les noms des rôles intégrés sont refusés.</translation>
    </message>
    <message>
        <source>%1: pushed groups are groups. Assign roles to a group here; its members hold them while they are active.</source>
        <translation>%1&#xa0;: les groupes poussés sont des groupes. Affectez ici des rôles à un groupe&#xa0;; ses membres les détiennent tant qu&apos;ils sont actifs.</translation>
    </message>
    <message>
        <source>%1 does not support groups: turn Push Groups off in Okta. Requests that arrive anyway are refused and listed here.</source>
        <translation>%1 ne prend pas en charge les groupes&#xa0;: désactivez Push Groups dans Okta. Les requêtes qui arrivent malgré tout sont refusées et listées ici.</translation>
    </message>
    <message>
        <source>No group request was refused.</source>
        <translation>Aucune requête de groupe n&apos;a été refusée.</translation>
    </message>
    <message>
        <source>No group pushed yet.</source>
        <translation>Aucun groupe poussé pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Select a group.</source>
        <translation>Sélectionnez un groupe.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, pushed %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, poussé le %2</translation>
    </message>
    <message>
        <source> — members hold the role &lt;b&gt;%1&lt;/b&gt;</source>
        <translation> — les membres détiennent le rôle &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source> — members hold %1</source>
        <translation> — les membres détiennent %1</translation>
    </message>
    <message>
        <source>No members.</source>
        <translation>Aucun membre.</translation>
    </message>
</context>
<context>
    <name>scimdesk::ReportDialog</name>
    <message>
        <source>Every active user with each role and privilege they held at that moment, and why (admin attribute, push group, inheritance); privileged roles are flagged.</source>
        <translation>Chaque utilisateur actif, avec chaque rôle et privilège qu&apos;il détenait à ce moment-là et leur origine (attribut d&apos;administration, groupe Push, héritage)&#xa0;; les rôles privilégiés sont signalés.</translation>
    </message>
    <message>
        <source>Joiners, movers (roles gained or lost) and leavers of the period, with the time from the deactivation to the loss of every role; grants and revocations with the actor.</source>
        <translation>Arrivées, mobilités (rôles obtenus ou perdus) et départs de la période, avec le délai entre la désactivation et la perte de chaque rôle&#xa0;; octrois et révocations avec leur auteur.</translation>
    </message>
    <message>
        <source>Tokens issued, rotated out, revoked and expired in the period, their last use, and bad-token attempts (401 and 429) by address.</source>
        <translation>Jetons émis, remplacés par renouvellement, révoqués et expirés au cours de la période, leur dernière utilisation, et tentatives avec un jeton invalide (401 et 429) par adresse.</translation>
    </message>
    <message>
        <source>The period&apos;s failed requests, grouped by cause, most frequent first.</source>
        <translation>Requêtes en échec de la période, regroupées par cause, des plus fréquentes aux moins fréquentes.</translation>
    </message>
    <message>
        <source>CSV (spreadsheets and tools)</source>
        <translation>CSV (tableurs et outils)</translation>
    </message>
    <message>
        <source>JSON (tools)</source>
        <translation>JSON (outils)</translation>
    </message>
    <message>
        <source>HTML (people, in a browser)</source>
        <translation>HTML (lecture dans un navigateur)</translation>
    </message>
    <message>
        <source>PDF (people, to hand over)</source>
        <translation>PDF (document à transmettre)</translation>
    </message>
    <message>
        <source>Save the Report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Fichiers %1 (*.%2)</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Rédaction du rapport…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Read %L1 of %L2 entries…</source>
        <translation>%L1 entrées lues sur %L2…</translation>
    </message>
    <message>
        <source>Written to %1 (table rows: %L2).</source>
        <translation>Écrit dans %1 (lignes du tableau&#xa0;: %L2).</translation>
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation>Aucune application n&apos;a pu ouvrir %1.</translation>
    </message>
</context>
<context>
    <name>scimdesk::RoleMappingsTab</name>
    <message>
        <source>Select a role in the tree.</source>
        <translation>Sélectionnez un rôle dans l&apos;arborescence.</translation>
    </message>
    <message>
        <source>Role &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Rôle &lt;b&gt;%1&lt;/b&gt;&#xa0;:</translation>
    </message>
    <message>
        <source>%1 is one of %2&apos;s own privileges and cannot be revoked.</source>
        <translation>%1 fait partie des privilèges propres à %2 et ne peut pas être révoqué.</translation>
    </message>
</context>
<context>
    <name>scimdesk::ScimService</name>
    <message>
        <source>The &quot;%1&quot; parameter must be an integer, not &quot;%2&quot;.</source>
        <translation>Le paramètre &quot;%1&quot; doit être un entier, et non &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>There is no SCIM endpoint at this path. ScimDesk serves each directory at /scim/v2/&lt;directory&gt;.</source>
        <translation>Il n&apos;existe aucun point de terminaison SCIM à ce chemin. ScimDesk sert chaque annuaire à l&apos;adresse /scim/v2/&lt;directory&gt;.</translation>
    </message>
    <message>
        <source>Tokens in the query string are refused (they end up in logs); send &quot;Authorization: Bearer &lt;token&gt;&quot; instead.</source>
        <translation>Les jetons dans la chaîne de requête sont refusés (ils se retrouvent dans les journaux)&#xa0;; envoyez plutôt &quot;Authorization: Bearer &lt;token&gt;&quot;.</translation>
    </message>
    <message>
        <source>There is no SCIM resource at this path.</source>
        <translation>Il n&apos;existe aucune ressource SCIM à ce chemin.</translation>
    </message>
    <message>
        <source>The method %1 is not allowed here; allowed: %2.</source>
        <translation>La méthode %1 n&apos;est pas autorisée ici&#xa0;; méthodes autorisées&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The body must be a SearchRequest JSON object.</source>
        <translation>Le corps doit être un objet JSON SearchRequest.</translation>
    </message>
    <message>
        <source>%1 is not supported by ScimDesk (see /ServiceProviderConfig).</source>
        <translation>%1 n&apos;est pas pris en charge par ScimDesk (voir /ServiceProviderConfig).</translation>
    </message>
    <message>
        <source>Authentication required: send &quot;Authorization: Bearer &lt;token&gt;&quot; with the directory&apos;s token.</source>
        <translation>Authentification requise&#xa0;: envoyez &quot;Authorization: Bearer &lt;token&gt;&quot; avec le jeton de l&apos;annuaire.</translation>
    </message>
    <message>
        <source>The bearer token is not valid for this SCIM base URL (check the directory name and the token).</source>
        <translation>Le jeton porteur n&apos;est pas valide pour cette URL de base SCIM (vérifiez le nom de l&apos;annuaire et le jeton).</translation>
    </message>
    <message>
        <source>This bearer token was revoked on %1; issue a new token in ScimDesk and enter it in Okta.</source>
        <translation>Ce jeton porteur a été révoqué le %1&#xa0;; émettez un nouveau jeton dans ScimDesk et saisissez-le dans Okta.</translation>
    </message>
    <message>
        <source>This bearer token was replaced by a newer one (rotated) and stopped working on %1.</source>
        <translation>Ce jeton porteur a été remplacé par un jeton plus récent (renouvellement) et ne fonctionne plus depuis le %1.</translation>
    </message>
    <message>
        <source>This bearer token expired on %1; rotate it in ScimDesk and enter the new token in Okta.</source>
        <translation>Ce jeton porteur a expiré le %1&#xa0;; renouvelez-le dans ScimDesk et saisissez le nouveau jeton dans Okta.</translation>
    </message>
    <message>
        <source>This bearer token belongs to %1, who is no longer an administrator of %2: %3 Issue a new token as an administrator (scimdesk token rotate %2 --as USERNAME) and enter it in Okta.</source>
        <translation>Ce jeton porteur appartient à %1, qui n&apos;est plus administrateur de %2&#xa0;: %3 Émettez un nouveau jeton en tant qu&apos;administrateur (scimdesk token rotate %2 --as USERNAME) et saisissez-le dans Okta.</translation>
    </message>
    <message>
        <source>Too many requests with an invalid bearer token from this address; try again in %1 s.</source>
        <translation>Trop de requêtes avec un jeton porteur invalide depuis cette adresse&#xa0;; réessayez dans %1 s.</translation>
    </message>
    <message>
        <source>looked for an unknown %1 id</source>
        <translation>recherche d&apos;un identifiant %1 inconnu</translation>
    </message>
    <message>
        <source>%1 %2 not found.</source>
        <translation>%1 %2 introuvable.</translation>
    </message>
    <message>
        <source>read %1 %2</source>
        <translation>lecture de %1 %2</translation>
    </message>
    <message>
        <source>&quot;sortOrder&quot; must be &quot;ascending&quot; or &quot;descending&quot;, not &quot;%1&quot;.</source>
        <translation>&quot;sortOrder&quot; doit valoir &quot;ascending&quot; ou &quot;descending&quot;, et non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>users</source>
        <translation>utilisateurs</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>groupes</translation>
    </message>
    <message>
        <source>listed %1 %2–%3 of %4</source>
        <translation>liste des %1 %2–%3 sur %4</translation>
    </message>
    <message>
        <source>This query would examine more than %1 resources; narrow the filter (for example with userName eq, id eq or externalId eq).</source>
        <translation>Cette requête examinerait plus de %1 ressources&#xa0;; affinez le filtre (par exemple avec userName eq, id eq ou externalId eq).</translation>
    </message>
    <message>
        <source>searched %1 where %2: %3 found</source>
        <translation>recherche de %1 où %2&#xa0;: %3 résultat(s)</translation>
    </message>
    <message>
        <source>listed %1 sorted by %2</source>
        <translation>liste des %1 triés par %2</translation>
    </message>
    <message>
        <source>Unsupported Content-Type &quot;%1&quot;; send application/scim+json or application/json.</source>
        <translation>Content-Type &quot;%1&quot; non pris en charge&#xa0;; envoyez application/scim+json ou application/json.</translation>
    </message>
    <message>
        <source>The request body is empty; a JSON object is expected.</source>
        <translation>Le corps de la requête est vide&#xa0;; un objet JSON est attendu.</translation>
    </message>
    <message>
        <source>The request body is not valid JSON: %1 at offset %2.</source>
        <translation>Le corps de la requête n&apos;est pas un JSON valide&#xa0;: %1 à la position %2.</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>Le corps de la requête doit être un objet JSON.</translation>
    </message>
    <message>
        <source>tried to change an unknown %1 id</source>
        <translation>tentative de modification d&apos;un identifiant %1 inconnu</translation>
    </message>
    <message>
        <source>The resource has changed since it was read: If-Match %1 does not match the current version %2.</source>
        <translation>La ressource a changé depuis sa lecture&#xa0;: If-Match %1 ne correspond pas à la version actuelle %2.</translation>
    </message>
    <message>
        <source>Cannot add member &quot;%1&quot;: there is no user with that id in this directory (provision the user first).</source>
        <translation>Impossible d&apos;ajouter le membre &quot;%1&quot;&#xa0;: aucun utilisateur de cet annuaire n&apos;a cet identifiant (provisionnez d&apos;abord l&apos;utilisateur).</translation>
    </message>
    <message>
        <source>The database is not available: %1</source>
        <translation>La base de données n&apos;est pas disponible&#xa0;: %1</translation>
    </message>
    <message>
        <source>The journal could not be written.</source>
        <translation>Le journal n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>The change could not be saved; nothing was changed.</source>
        <translation>La modification n&apos;a pas pu être enregistrée&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>refused duplicate %1 %2</source>
        <translation>doublon refusé&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>A user with userName &quot;%1&quot; already exists in this directory.</source>
        <translation>Un utilisateur avec le userName &quot;%1&quot; existe déjà dans cet annuaire.</translation>
    </message>
    <message>
        <source>A group with displayName &quot;%1&quot; already exists in this directory.</source>
        <translation>Un groupe avec le displayName &quot;%1&quot; existe déjà dans cet annuaire.</translation>
    </message>
    <message>
        <source>The resource could not be stored.</source>
        <translation>La ressource n&apos;a pas pu être stockée.</translation>
    </message>
    <message>
        <source>The members could not be stored.</source>
        <translation>Les membres n&apos;ont pas pu être stockés.</translation>
    </message>
    <message>
        <source>The access model could not be updated.</source>
        <translation>Le modèle d&apos;accès n&apos;a pas pu être mis à jour.</translation>
    </message>
    <message>
        <source>created user %1</source>
        <translation>utilisateur %1 créé</translation>
    </message>
    <message>
        <source>created inactive user %1</source>
        <translation>utilisateur inactif %1 créé</translation>
    </message>
    <message>
        <source>created group %1</source>
        <translation>groupe %1 créé</translation>
    </message>
    <message>
        <source>with %1 member</source>
        <translation>avec %1 membre</translation>
    </message>
    <message>
        <source>with %1 members</source>
        <translation>avec %1 membres</translation>
    </message>
    <message>
        <source>Operations[%1]: member sub-attributes cannot be changed; add or remove members instead.</source>
        <translation>Operations[%1]&#xa0;: les sous-attributs d&apos;un membre ne peuvent pas être modifiés&#xa0;; ajoutez ou retirez plutôt des membres.</translation>
    </message>
    <message>
        <source>ignored a password change for user %1 (ScimDesk stores no passwords)</source>
        <translation>changement de mot de passe ignoré pour l&apos;utilisateur %1 (ScimDesk ne stocke aucun mot de passe)</translation>
    </message>
    <message>
        <source>Another user already has userName &quot;%1&quot;.</source>
        <translation>Un autre utilisateur a déjà le userName &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Another group already has displayName &quot;%1&quot;.</source>
        <translation>Un autre groupe a déjà le displayName &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The resource could not be updated.</source>
        <translation>La ressource n&apos;a pas pu être mise à jour.</translation>
    </message>
    <message>
        <source>deactivated user %1</source>
        <translation>utilisateur %1 désactivé</translation>
    </message>
    <message>
        <source>reactivated user %1</source>
        <translation>utilisateur %1 réactivé</translation>
    </message>
    <message>
        <source>updated user %1 (%2)</source>
        <translation>utilisateur %1 mis à jour (%2)</translation>
    </message>
    <message>
        <source>user %1 unchanged</source>
        <translation>utilisateur %1 inchangé</translation>
    </message>
    <message>
        <source>renamed group %1 to %2</source>
        <translation>groupe %1 renommé en %2</translation>
    </message>
    <message>
        <source>added %1 member to group %2</source>
        <translation>%1 membre ajouté au groupe %2</translation>
    </message>
    <message>
        <source>added %1 members to group %2</source>
        <translation>%1 membres ajoutés au groupe %2</translation>
    </message>
    <message>
        <source>removed %1 member from group %2</source>
        <translation>%1 membre retiré du groupe %2</translation>
    </message>
    <message>
        <source>removed %1 members from group %2</source>
        <translation>%1 membres retirés du groupe %2</translation>
    </message>
    <message>
        <source>updated group %1 (%2)</source>
        <translation>groupe %1 mis à jour (%2)</translation>
    </message>
    <message>
        <source>group %1 unchanged</source>
        <translation>groupe %1 inchangé</translation>
    </message>
    <message>
        <source>marked user %1 %2 on delete (the %3 profile keeps user records)</source>
        <translation>utilisateur %1 marqué %2 lors de la suppression (le profil %3 conserve les fiches des utilisateurs)</translation>
    </message>
    <message>
        <source>The resource could not be deleted.</source>
        <translation>La ressource n&apos;a pas pu être supprimée.</translation>
    </message>
    <message>
        <source>deleted %1 %2</source>
        <translation>%1 %2 supprimé</translation>
    </message>
    <message>
        <source>The %1 profile does not support groups. In Okta, turn off Push Groups for this app and leave &quot;Import Groups&quot; unchecked (Provisioning &gt; Integration).</source>
        <translation>Le profil %1 ne prend pas en charge les groupes. Dans Okta, désactivez Push Groups pour cette application et laissez &quot;Import Groups&quot; décoché (Provisioning &gt; Integration).</translation>
    </message>
    <message>
        <source>The %1 profile does not support removing users: unassigning a person in Okta deactivates them, which keeps the account and revokes its role.</source>
        <translation>Le profil %1 ne prend pas en charge la suppression d&apos;utilisateurs&#xa0;: retirer l&apos;affectation d&apos;une personne dans Okta la désactive, ce qui conserve le compte et révoque son rôle.</translation>
    </message>
    <message>
        <source>Listing groups is not supported by the %1 profile. In Okta, open the app&apos;s Provisioning &gt; Integration settings and uncheck &quot;Import Groups&quot;.</source>
        <translation>Le profil %1 ne prend pas en charge la liste des groupes. Dans Okta, ouvrez les paramètres Provisioning &gt; Integration de l&apos;application et décochez &quot;Import Groups&quot;.</translation>
    </message>
    <message>
        <source>Importing users is not supported by the %1 profile. In Okta, leave &quot;Import New Users and Profile Updates&quot; unchecked and schedule no imports.</source>
        <translation>Le profil %1 ne prend pas en charge l&apos;import d&apos;utilisateurs. Dans Okta, laissez &quot;Import New Users and Profile Updates&quot; décoché et ne planifiez aucun import.</translation>
    </message>
    <message>
        <source>userName &quot;%1&quot; is not an email address; the %2 profile identifies users by email. In Okta, set the app&apos;s unique identifier field to Email.</source>
        <translation>Le userName &quot;%1&quot; n&apos;est pas une adresse e-mail&#xa0;; le profil %2 identifie les utilisateurs par leur e-mail. Dans Okta, réglez le champ Unique identifier field de l&apos;application sur Email.</translation>
    </message>
    <message>
        <source>The %1 profile only lets Okta change a user&apos;s display name; %2 cannot be changed here. Change it in the application, or unmap the attribute in Okta&apos;s profile mappings.</source>
        <translation>Le profil %1 permet seulement à Okta de modifier le nom d&apos;affichage d&apos;un utilisateur&#xa0;; %2 ne peut pas être modifié ici. Modifiez-le dans l&apos;application, ou supprimez le mappage de cet attribut dans les mappages de profil d&apos;Okta.</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>lecture de %1</translation>
    </message>
    <message>
        <source>ServiceProviderConfig has no sub-resources.</source>
        <translation>ServiceProviderConfig n&apos;a pas de sous-ressources.</translation>
    </message>
    <message>
        <source>Resource type %1 not found.</source>
        <translation>Type de ressource %1 introuvable.</translation>
    </message>
    <message>
        <source>Schema %1 not found.</source>
        <translation>Schéma %1 introuvable.</translation>
    </message>
    <message>
        <source>refused (%1): %2</source>
        <translation>refusé (%1)&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>scimdesk::SecurityIntegrationTab</name>
    <message>
        <source>Old token stops at once</source>
        <translation>L&apos;ancien jeton cesse aussitôt de fonctionner</translation>
    </message>
    <message>
        <source>Old token works 10 more minutes</source>
        <translation>L&apos;ancien jeton fonctionne encore 10 minutes</translation>
    </message>
    <message>
        <source>Old token works 1 more hour</source>
        <translation>L&apos;ancien jeton fonctionne encore 1 heure</translation>
    </message>
    <message>
        <source>Old token works 1 more day</source>
        <translation>L&apos;ancien jeton fonctionne encore 1 jour</translation>
    </message>
    <message>
        <source>Off (HTTP)</source>
        <translation>Désactivé (HTTP)</translation>
    </message>
    <message>
        <source>Self-signed certificate (HTTPS)</source>
        <translation>Certificat auto-signé (HTTPS)</translation>
    </message>
    <message>
        <source>Certificate and key from the settings (HTTPS)</source>
        <translation>Certificat et clé définis dans les paramètres (HTTPS)</translation>
    </message>
    <message>
        <source>What to enter in Okta for this directory&apos;s profile. Items tick themselves as Okta&apos;s requests arrive.</source>
        <translation>Ce qu&apos;il faut saisir dans Okta pour le profil de cet annuaire. Les éléments se cochent d&apos;eux-mêmes à mesure que les requêtes d&apos;Okta arrivent.</translation>
    </message>
    <message>
        <source>Copied the base URL: paste it as the SCIM connector base URL in Okta.</source>
        <translation>URL de base copiée&#xa0;: collez-la dans le champ SCIM connector base URL d&apos;Okta.</translation>
    </message>
    <message>
        <source>Issue a new token for %1 and revoke the current one at once? Okta fails until you enter the new token.</source>
        <translation>Émettre un nouveau jeton pour %1 et révoquer immédiatement le jeton actuel&#xa0;? Okta échouera jusqu&apos;à ce que vous saisissiez le nouveau jeton.</translation>
    </message>
    <message>
        <source>Issue a new token for %1? The current one keeps working for the overlap you chose, then retires by itself.</source>
        <translation>Émettre un nouveau jeton pour %1&#xa0;? Le jeton actuel continue de fonctionner pendant la période de chevauchement choisie, puis est retiré automatiquement.</translation>
    </message>
    <message>
        <source>The token will belong to %1, the operator, and work only while they hold orgadmin.</source>
        <translation>Le jeton appartiendra à %1, l&apos;opérateur, et ne fonctionnera que tant que cette personne détiendra orgadmin.</translation>
    </message>
    <message>
        <source>Rotate the token</source>
        <translation>Renouveler le jeton</translation>
    </message>
    <message>
        <source>Revoke the token</source>
        <translation>Révoquer le jeton</translation>
    </message>
    <message>
        <source>Revoke every token of %1? Okta&apos;s requests will fail with 401 until a new token is issued and entered.</source>
        <translation>Révoquer tous les jetons de %1&#xa0;? Les requêtes d&apos;Okta échoueront avec 401 jusqu&apos;à ce qu&apos;un nouveau jeton soit émis et saisi.</translation>
    </message>
    <message>
        <source>Copied the token of %1 from the system keychain.</source>
        <translation>Jeton de %1 copié depuis le trousseau du système.</translation>
    </message>
    <message>
        <source>The token of %1 is not in the keychain (%2). Rotate it to issue a new one.</source>
        <translation>Le jeton de %1 n&apos;est pas dans le trousseau (%2). Renouvelez-le pour en émettre un nouveau.</translation>
    </message>
    <message>
        <source>Enter the address as IP:PORT, e.g. 127.0.0.1:7643 (port 0 picks a free one).</source>
        <translation>Saisissez l&apos;adresse sous la forme IP:PORT, par exemple 127.0.0.1:7643 (le port 0 en choisit un libre).</translation>
    </message>
    <message>
        <source>%1 is reachable from the network: Okta&apos;s bearer token would cross it in clear text. Choose TLS, or listen on 127.0.0.1 behind your own HTTPS proxy.</source>
        <translation>%1 est accessible depuis le réseau&#xa0;: le jeton porteur d&apos;Okta le traverserait en clair. Choisissez TLS, ou écoutez sur 127.0.0.1 derrière votre propre proxy HTTPS.</translation>
    </message>
    <message>
        <source>Anything but loopback needs TLS: the bearer token is in every request, and on the network it must be encrypted.</source>
        <translation>Toute adresse autre que le bouclage exige TLS&#xa0;: le jeton porteur figure dans chaque requête et doit être chiffré sur le réseau.</translation>
    </message>
    <message>
        <source>Choose the PEM certificate and key in File &gt; Settings first.</source>
        <translation>Choisissez d&apos;abord le certificat et la clé PEM dans Fichier &gt; Paramètres.</translation>
    </message>
    <message>
        <source>HTTPS with %1 (fingerprint shown once the listener runs).</source>
        <translation>HTTPS avec %1 (empreinte affichée une fois l&apos;écouteur démarré).</translation>
    </message>
    <message>
        <source>HTTPS with a certificate ScimDesk generates and keeps next to its database; pin its fingerprint (shown once the listener runs).</source>
        <translation>HTTPS avec un certificat que ScimDesk génère et conserve à côté de sa base de données&#xa0;; épinglez son empreinte (affichée une fois l&apos;écouteur démarré).</translation>
    </message>
    <message>
        <source>Loopback only: reachable from this machine (use a tunnel or proxy with HTTPS for Okta&apos;s cloud).</source>
        <translation>Bouclage uniquement&#xa0;: accessible depuis cette machine (utilisez un tunnel ou un proxy HTTPS pour le cloud d&apos;Okta).</translation>
    </message>
    <message>
        <source>Listening on %1 (%2), %3 requests/s</source>
        <translation>À l&apos;écoute sur %1 (%2), %3 requêtes/s</translation>
    </message>
    <message>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Certificate SHA-256: %1</source>
        <translation>Certificat SHA-256&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Arrêté&#xa0;: %1</translation>
    </message>
    <message>
        <source>(no environment)</source>
        <translation>(aucun environnement)</translation>
    </message>
    <message>
        <source>(no organization)</source>
        <translation>(aucune organisation)</translation>
    </message>
    <message>
        <source>%1 (primary)</source>
        <translation>%1 (principal)</translation>
    </message>
    <message>
        <source>Security integration: %1</source>
        <translation>Intégration de sécurité&#xa0;: %1</translation>
    </message>
    <message>
        <source> — admin attribute %1</source>
        <translation> — attribut d&apos;administration %1</translation>
    </message>
    <message>
        <source>none issued</source>
        <translation>aucun émis</translation>
    </message>
    <message>
        <source>%1, expires %2</source>
        <translation>%1, expire le %2</translation>
    </message>
    <message>
        <source>%1, never expires</source>
        <translation>%1, n&apos;expire jamais</translation>
    </message>
    <message>
        <source>, belongs to %1</source>
        <translation>, appartient à %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>never — Okta has not connected yet</source>
        <translation>jamais — Okta ne s&apos;est pas encore connecté</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>à vérifier</translation>
    </message>
    <message>
        <source>not yet seen</source>
        <translation>pas encore constaté</translation>
    </message>
</context>
<context>
    <name>scimdesk::SettingsDialog</name>
    <message>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Off (plain HTTP, for loopback or behind a TLS proxy)</source>
        <translation>Désactivé (HTTP simple, pour le bouclage ou derrière un proxy TLS)</translation>
    </message>
    <message>
        <source>Self-signed certificate, kept next to the database</source>
        <translation>Certificat auto-signé, conservé à côté de la base de données</translation>
    </message>
    <message>
        <source>Certificate and key files (PEM)</source>
        <translation>Fichiers de certificat et de clé (PEM)</translation>
    </message>
    <message>
        <source>Stored in %1. Bearer tokens are never stored here: they stay in the keychain.</source>
        <translation>Paramètres enregistrés dans %1. Les jetons porteurs n&apos;y sont jamais enregistrés&#xa0;: ils restent dans le trousseau.</translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation>Choisir le fichier de certificat</translation>
    </message>
    <message>
        <source>Choose the private key file</source>
        <translation>Choisir le fichier de clé privée</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>Fichiers PEM (*.pem *.crt *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Without HTTPS the listener only accepts 127.0.0.1, ::1 or localhost: on %1, bearer tokens would cross the network in clear. Turn on HTTPS or use a loopback address.</source>
        <translation>Sans HTTPS, l&apos;écouteur n&apos;accepte que 127.0.0.1, ::1 ou localhost&#xa0;: sur %1, les jetons porteurs traverseraient le réseau en clair. Activez HTTPS ou utilisez une adresse de bouclage.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds what looks like a bearer token. Tokens belong in the keychain, never in the settings.</source>
        <translation>&quot;%1&quot; contient ce qui ressemble à un jeton porteur. Les jetons doivent se trouver dans le trousseau, jamais dans les paramètres.</translation>
    </message>
    <message>
        <source>Choose the certificate file (PEM).</source>
        <translation>Choisissez le fichier de certificat (PEM).</translation>
    </message>
    <message>
        <source>The certificate file %1 does not exist.</source>
        <translation>Le fichier de certificat %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The certificate file %1 cannot be read.</source>
        <translation>Le fichier de certificat %1 est illisible.</translation>
    </message>
    <message>
        <source>Choose the private key file (PEM).</source>
        <translation>Choisissez le fichier de clé privée (PEM).</translation>
    </message>
    <message>
        <source>The key file %1 does not exist.</source>
        <translation>Le fichier de clé %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read.</source>
        <translation>Le fichier de clé %1 est illisible.</translation>
    </message>
</context>
<context>
    <name>scimdesk::SimulatorTab</name>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Assign group %1</source>
        <translation>Affecter le groupe %1</translation>
    </message>
    <message>
        <source>Push group %1</source>
        <translation>Pousser le groupe %1</translation>
    </message>
    <message>
        <source>Update %1 in the app</source>
        <translation>Mettre à jour %1 dans l&apos;application</translation>
    </message>
    <message>
        <source>Edit profile of %1 (%2)</source>
        <translation>Modifier le profil de %1 (%2)</translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <translation>Ajouter %1 à %2</translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <translation>Retirer %1 de %2</translation>
    </message>
    <message>
        <source>Assign %1 to the app</source>
        <translation>Affecter %1 à l&apos;application</translation>
    </message>
    <message>
        <source>Unassign %1 from the app</source>
        <translation>Retirer l&apos;affectation de %1 à l&apos;application</translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>Désactiver %1</translation>
    </message>
    <message>
        <source>Reactivate %1</source>
        <translation>Réactiver %1</translation>
    </message>
    <message>
        <source>Rename group %1 to %2</source>
        <translation>Renommer le groupe %1 en %2</translation>
    </message>
    <message>
        <source>Push now: %1</source>
        <translation>Pousser maintenant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unlink %1 and delete it in the app</source>
        <translation>Dissocier %1 et le supprimer dans l&apos;application</translation>
    </message>
    <message>
        <source>Unlink %1, leave it in the app</source>
        <translation>Dissocier %1 et le laisser dans l&apos;application</translation>
    </message>
    <message>
        <source>Import users</source>
        <translation>Importer les utilisateurs</translation>
    </message>
    <message>
        <source>Import groups</source>
        <translation>Importer les groupes</translation>
    </message>
    <message>
        <source>Choose a directory: the simulated app provisions into it.</source>
        <translation>Choisissez un annuaire&#xa0;: l&apos;application simulée y provisionne.</translation>
    </message>
    <message>
        <source>No actions queued</source>
        <translation>Aucune action en file d&apos;attente</translation>
    </message>
    <message>
        <source>from the keychain</source>
        <translation>depuis le trousseau</translation>
    </message>
    <message>
        <source>The keychain has no token for %1 (%2). Paste the directory&apos;s token to send requests.</source>
        <translation>Le trousseau ne contient aucun jeton pour %1 (%2). Collez le jeton de l&apos;annuaire pour envoyer des requêtes.</translation>
    </message>
    <message>
        <source>nothing stored</source>
        <translation>rien d&apos;enregistré</translation>
    </message>
    <message>
        <source>pasted</source>
        <translation>collé</translation>
    </message>
    <message>
        <source>Load scenario</source>
        <translation>Charger un scénario</translation>
    </message>
    <message>
        <source>Scenarios (*.json);;All files (*)</source>
        <translation>Scénarios (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>A group named %1 already exists.</source>
        <translation>Un groupe nommé %1 existe déjà.</translation>
    </message>
    <message>
        <source>Reading the token of %1 from the keychain…</source>
        <translation>Lecture du jeton de %1 depuis le trousseau…</translation>
    </message>
    <message>
        <source>The console&apos;s listener is not running: start it on Security Integration, or enter the base URL of the SCIM server the simulated app should provision into.</source>
        <translation>L&apos;écouteur de la console n&apos;est pas démarré&#xa0;: démarrez-le dans Intégration de sécurité, ou saisissez l&apos;URL de base du serveur SCIM dans lequel l&apos;application simulée doit provisionner.</translation>
    </message>
    <message>
        <source>The token of %1, %2, goes in every request&apos;s Authorization header (never shown or traced).</source>
        <translation>Le jeton de %1, %2, est placé dans l&apos;en-tête Authorization de chaque requête (jamais affiché ni tracé).</translation>
    </message>
    <message>
        <source>the directory</source>
        <translation>l&apos;annuaire</translation>
    </message>
    <message>
        <source>Cannot load the scenario: %1</source>
        <translation>Impossible de charger le scénario&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %1: %n action(s) queued.</source>
        <translation>
            <numerusform>%1 chargé&#xa0;: %n action en file d&apos;attente.</numerusform>
            <numerusform>%1 chargé&#xa0;: %n actions en file d&apos;attente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Started over: the org is as it was loaded, and the activity is cleared. What the directory received is still there.</source>
        <translation>Retour au départ&#xa0;: l&apos;organisation est telle qu&apos;au chargement et l&apos;activité est effacée. Ce que l&apos;annuaire a reçu est conservé.</translation>
    </message>
    <message>
        <source>%v of %m actions</source>
        <translation>%v actions sur %m</translation>
    </message>
    <message numerus="yes">
        <source>Added %n people</source>
        <translation>
            <numerusform>%n personne ajoutée</numerusform>
            <numerusform>%n personnes ajoutées</numerusform>
        </translation>
    </message>
    <message>
        <source>People (%1)</source>
        <translation>Personnes (%1)</translation>
    </message>
    <message>
        <source>Groups (%1)</source>
        <translation>Groupes (%1)</translation>
    </message>
    <message>
        <source>no group</source>
        <translation>aucun groupe</translation>
    </message>
    <message>
        <source>%1 (assigned)</source>
        <translation>%1 (affecté)</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Unassign from app</source>
        <translation>Retirer l&apos;affectation</translation>
    </message>
    <message>
        <source>Assign to app</source>
        <translation>Affecter à l&apos;application</translation>
    </message>
    <message>
        <source>Already assigned through a group; this assigns individually too</source>
        <translation>Déjà affecté via un groupe&#xa0;; cette action l&apos;affecte aussi individuellement</translation>
    </message>
    <message>
        <source>No group selected.</source>
        <translation>Aucun groupe sélectionné.</translation>
    </message>
    <message>
        <source>Select a group to see its members.</source>
        <translation>Sélectionnez un groupe pour voir ses membres.</translation>
    </message>
    <message>
        <source>assigned to the app</source>
        <translation>affecté à l&apos;application</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>non affecté</translation>
    </message>
    <message>
        <source>pushed as %1</source>
        <translation>poussé sous le nom %1</translation>
    </message>
    <message>
        <source>push pending</source>
        <translation>Push en attente</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>%1 (deactivated)</source>
        <translation>%1 (désactivé)</translation>
    </message>
    <message>
        <source>No members yet.</source>
        <translation>Aucun membre pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Affecté</translation>
    </message>
    <message>
        <source>Push Groups is off in the provisioning settings</source>
        <translation>Push Groups est désactivé dans les paramètres de provisionnement</translation>
    </message>
    <message>
        <source>A person needs a first name, a last name and a username.</source>
        <translation>Une personne doit avoir un prénom, un nom et un nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>A person with the username %1 already exists.</source>
        <translation>Une personne avec le nom d&apos;utilisateur %1 existe déjà.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s): %1 ok, %2 failed.</source>
        <translation>
            <numerusform>%n action&#xa0;: %1 réussie(s), %2 en échec.</numerusform>
            <numerusform>%n actions&#xa0;: %1 réussie(s), %2 en échec.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 actions sent</source>
        <translation>Annulé&#xa0;: %1 actions sur %2 envoyées</translation>
    </message>
    <message>
        <source>%v of %m actions done</source>
        <translation>%v actions sur %m terminées</translation>
    </message>
    <message>
        <source>No actions yet. Test the connection, assign a person or a group, or load a scenario: each action shows the requests it sent here.</source>
        <translation>Aucune action pour l&apos;instant. Testez la connexion, affectez une personne ou un groupe, ou chargez un scénario&#xa0;: chaque action affiche les requêtes qu&apos;elle a envoyées ici.</translation>
    </message>
    <message>
        <source>Select an action to see the requests it sent.</source>
        <translation>Sélectionnez une action pour voir les requêtes qu&apos;elle a envoyées.</translation>
    </message>
    <message>
        <source>Select an action to see the responses.</source>
        <translation>Sélectionnez une action pour voir les réponses.</translation>
    </message>
    <message>
        <source>Select a request to see the response.</source>
        <translation>Sélectionnez une requête pour voir la réponse.</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>This action sent no request: %1</source>
        <translation>Cette action n&apos;a envoyé aucune requête&#xa0;: %1</translation>
    </message>
    <message>
        <source>nothing to tell the app.</source>
        <translation>rien à transmettre à l&apos;application.</translation>
    </message>
    <message>
        <source>Select a request to see what was sent.</source>
        <translation>Sélectionnez une requête pour voir ce qui a été envoyé.</translation>
    </message>
    <message>
        <source>HTTP %1 after %2 ms</source>
        <translation>HTTP %1 après %2 ms</translation>
    </message>
    <message>
        <source>No response: %1</source>
        <translation>Aucune réponse&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>scimdesk::TokenDialog</name>
    <message>
        <source>The bearer token of &lt;b&gt;%1&lt;/b&gt;. In Okta, open the app&apos;s Provisioning &amp;gt; Integration, choose HTTP Header authentication and paste it as the token.</source>
        <translation>Le jeton porteur de &lt;b&gt;%1&lt;/b&gt;. Dans Okta, ouvrez Provisioning &amp;gt; Integration de l&apos;application, choisissez l&apos;authentification HTTP Header et collez-le comme jeton.</translation>
    </message>
    <message>
        <source>&lt;b&gt;You will not see this token again here:&lt;/b&gt; ScimDesk stores only its hash in the database.</source>
        <translation>&lt;b&gt;Vous ne reverrez plus ce jeton ici&#xa0;:&lt;/b&gt; ScimDesk n&apos;enregistre que son hachage dans la base de données.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>scimdesk::UsersTableModel</name>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom d&apos;affichage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Admin attribute</source>
        <translation>Attribut d&apos;administration</translation>
    </message>
    <message>
        <source>Effective roles</source>
        <translation>Rôles effectifs</translation>
    </message>
    <message>
        <source>Groups (source)</source>
        <translation>Groupes (source)</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
</context>
<context>
    <name>scimdesk::WalkthroughPage</name>
    <message>
        <source>Do it in the simulator</source>
        <translation>Le faire dans le simulateur</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <source>Not done yet.</source>
        <translation>Pas encore fait.</translation>
    </message>
    <message>
        <source>&lt;b&gt;✔ Verified in ScimDesk.&lt;/b&gt; Continue with Next.</source>
        <translation>&lt;b&gt;✔ Vérifié dans ScimDesk.&lt;/b&gt; Continuez avec Suivant.</translation>
    </message>
    <message>
        <source>Waiting for ScimDesk to see it: %1</source>
        <translation>En attente de la confirmation de ScimDesk&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>scimdesk::sim::ConformanceRunner</name>
    <message>
        <source>not run: it needs what %1 should have created</source>
        <translation>non exécutée&#xa0;: elle nécessite ce que %1 aurait dû créer</translation>
    </message>
    <message>
        <source>no response within %1 s</source>
        <translation>aucune réponse en %1 s</translation>
    </message>
    <message>
        <source>could not connect to %1: %2</source>
        <translation>connexion impossible à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The target %1 did not answer: %2</source>
        <translation>La cible %1 n&apos;a pas répondu&#xa0;: %2</translation>
    </message>
    <message>
        <source>Content-Type is &quot;%1&quot;, not application/scim+json</source>
        <translation>Content-Type vaut &quot;%1&quot;, et non application/scim+json</translation>
    </message>
    <message>
        <source>the %1 response is not a JSON object (Okta reports &quot;%2&quot;)</source>
        <translation>la réponse %1 n&apos;est pas un objet JSON (Okta signale &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>the %1 response has no body; Okta needs SCIM Error JSON</source>
        <translation>la réponse %1 n&apos;a pas de corps&#xa0;; Okta attend un JSON SCIM Error</translation>
    </message>
    <message>
        <source>the %1 error&apos;s schemas do not name %2</source>
        <translation>les schemas de l&apos;erreur %1 ne mentionnent pas %2</translation>
    </message>
    <message>
        <source>the %1 error has no detail</source>
        <translation>l&apos;erreur %1 n&apos;a pas de detail</translation>
    </message>
    <message>
        <source>the %1 error&apos;s status is %2</source>
        <translation>le status de l&apos;erreur %1 vaut %2</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>%1 attendu, %2 obtenu</translation>
    </message>
    <message>
        <source>took %1 ms, over the suite&apos;s %2 ms</source>
        <translation>a pris %1 ms, au-delà des %2 ms de la suite</translation>
    </message>
    <message>
        <source>schemas do not name %1</source>
        <translation>schemas ne mentionne pas %1</translation>
    </message>
    <message>
        <source>%1 is %2, not a number</source>
        <translation>%1 vaut %2, et non un nombre</translation>
    </message>
    <message>
        <source>Resources is %1, not an array ([] when empty)</source>
        <translation>Resources vaut %1, et non un tableau ([] si vide)</translation>
    </message>
    <message>
        <source>itemsPerPage is %1 but Resources holds %2</source>
        <translation>itemsPerPage vaut %1 mais Resources en contient %2</translation>
    </message>
    <message>
        <source>%1 resources for count=%2</source>
        <translation>%1 ressources pour count=%2</translation>
    </message>
    <message>
        <source>startIndex is %1, not %2</source>
        <translation>startIndex vaut %1, et non %2</translation>
    </message>
    <message>
        <source>totalResults is %1, fewer than the %2 resources</source>
        <translation>totalResults vaut %1, moins que les %2 ressources</translation>
    </message>
    <message>
        <source>active is %1, not %2</source>
        <translation>active vaut %1, et non %2</translation>
    </message>
    <message>
        <source>schemas do not contain %1</source>
        <translation>schemas ne contient pas %1</translation>
    </message>
    <message>
        <source>the user has no id</source>
        <translation>l&apos;utilisateur n&apos;a pas d&apos;id</translation>
    </message>
    <message>
        <source>the group has no id</source>
        <translation>le groupe n&apos;a pas d&apos;id</translation>
    </message>
    <message>
        <source>%1 is missing or empty</source>
        <translation>%1 est absent ou vide</translation>
    </message>
    <message>
        <source>members are [%1], expected [%2]</source>
        <translation>members vaut [%1], attendu&#xa0;: [%2]</translation>
    </message>
    <message>
        <source>the name differs from the one sent</source>
        <translation>le nom diffère de celui envoyé</translation>
    </message>
    <message>
        <source>userName is %1, not the &quot;%2&quot; sent (case must be preserved)</source>
        <translation>userName vaut %1, et non &quot;%2&quot; tel qu&apos;envoyé (la casse doit être préservée)</translation>
    </message>
    <message>
        <source>members[0] is not {value: %1, display: %2}</source>
        <translation>members[0] n&apos;est pas {value: %1, display: %2}</translation>
    </message>
    <message>
        <source>200 with a well-formed ListResponse of at most 2 users</source>
        <translation>200 avec une ListResponse bien formée d&apos;au plus 2 utilisateurs</translation>
    </message>
    <message>
        <source>totalResults is %1 for a userName nobody has</source>
        <translation>totalResults vaut %1 pour un userName que personne n&apos;a</translation>
    </message>
    <message>
        <source>userName is %1, not the &quot;%2&quot; sent</source>
        <translation>userName vaut %1, et non &quot;%2&quot; tel qu&apos;envoyé</translation>
    </message>
    <message>
        <source>the response returns the password</source>
        <translation>la réponse renvoie le mot de passe</translation>
    </message>
    <message>
        <source>the filter found nobody; POST created %1</source>
        <translation>le filtre n&apos;a trouvé personne&#xa0;; POST a créé %1</translation>
    </message>
    <message>
        <source>Resources is empty</source>
        <translation>Resources est vide</translation>
    </message>
    <message>
        <source>ListResponse with Resources[0] complete (id %1)</source>
        <translation>ListResponse avec Resources[0] complet (id %1)</translation>
    </message>
    <message>
        <source>id is %1</source>
        <translation>id vaut %1</translation>
    </message>
    <message>
        <source>200 with the user&apos;s required attributes</source>
        <translation>200 avec les attributs obligatoires de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>totalResults is %1, not 0</source>
        <translation>totalResults vaut %1, et non 0</translation>
    </message>
    <message>
        <source>200 with an empty ListResponse</source>
        <translation>200 avec une ListResponse vide</translation>
    </message>
    <message>
        <source>404 with a SCIM Error (schemas, detail, status)</source>
        <translation>404 avec une SCIM Error (schemas, detail, status)</translation>
    </message>
    <message>
        <source>201 with the user as sent (id %1)</source>
        <translation>201 avec l&apos;utilisateur tel qu&apos;envoyé (id %1)</translation>
    </message>
    <message>
        <source>200 with userName and name as created</source>
        <translation>200 avec userName et name tels que créés</translation>
    </message>
    <message>
        <source>409 with a SCIM Error</source>
        <translation>409 avec une SCIM Error</translation>
    </message>
    <message>
        <source>found %1 users, not the one created as &quot;%2&quot;: userName must match case-insensitively</source>
        <translation>%1 utilisateurs trouvés, et non celui créé sous &quot;%2&quot;&#xa0;: userName doit correspondre sans tenir compte de la casse</translation>
    </message>
    <message>
        <source>userName is not echoed with its case preserved</source>
        <translation>userName n&apos;est pas renvoyé avec sa casse préservée</translation>
    </message>
    <message>
        <source>200 with the user created as &quot;%1&quot;</source>
        <translation>200 avec l&apos;utilisateur créé sous &quot;%1&quot;</translation>
    </message>
    <message>
        <source>200 with a ListResponse in %1 ms</source>
        <translation>200 avec une ListResponse en %1 ms</translation>
    </message>
    <message>
        <source>401 with a SCIM Error (schemas, detail, status)</source>
        <translation>401 avec une SCIM Error (schemas, detail, status)</translation>
    </message>
    <message>
        <source>found %1 users, not the one created</source>
        <translation>%1 utilisateurs trouvés, et non celui créé</translation>
    </message>
    <message>
        <source>the response does not carry the change, the same id and userName</source>
        <translation>la réponse ne contient pas la modification, le même id et le même userName</translation>
    </message>
    <message>
        <source>filter found the user; GET then PUT of its own representation returned 200</source>
        <translation>le filtre a trouvé l&apos;utilisateur&#xa0;; GET puis PUT de sa propre représentation ont renvoyé 200</translation>
    </message>
    <message>
        <source>the user came back under another id</source>
        <translation>l&apos;utilisateur est revenu sous un autre id</translation>
    </message>
    <message>
        <source>PATCH active:true reactivated the same id</source>
        <translation>PATCH active:true a réactivé le même id</translation>
    </message>
    <message>
        <source>the filter no longer finds the deactivated user</source>
        <translation>le filtre ne trouve plus l&apos;utilisateur désactivé</translation>
    </message>
    <message>
        <source>PATCH active:false; the user is still there, inactive</source>
        <translation>PATCH active:false&#xa0;; l&apos;utilisateur est toujours là, inactif</translation>
    </message>
    <message>
        <source>GET then PUT set active false, then true</source>
        <translation>GET puis PUT ont mis active à false, puis à true</translation>
    </message>
    <message>
        <source>totalResults is not 0 for a new group name</source>
        <translation>totalResults ne vaut pas 0 pour un nouveau nom de groupe</translation>
    </message>
    <message>
        <source>displayName is %1</source>
        <translation>displayName vaut %1</translation>
    </message>
    <message>
        <source>created %1 and pushed its member</source>
        <translation>%1 créé et son membre poussé</translation>
    </message>
    <message>
        <source>one member removed by a value filter, another added</source>
        <translation>un membre retiré par un filtre de valeur, un autre ajouté</translation>
    </message>
    <message>
        <source>the renamed group is not found by its new name</source>
        <translation>le groupe renommé est introuvable sous son nouveau nom</translation>
    </message>
    <message>
        <source>renamed; found by the new displayName</source>
        <translation>renommé&#xa0;; trouvé par le nouveau displayName</translation>
    </message>
    <message>
        <source>replaced members with two, then with []</source>
        <translation>members remplacé par deux membres, puis par []</translation>
    </message>
    <message>
        <source>GET then PUT with all members returned 200</source>
        <translation>GET puis PUT avec tous les membres ont renvoyé 200</translation>
    </message>
    <message>
        <source>the 204 response has a body</source>
        <translation>la réponse 204 a un corps</translation>
    </message>
    <message>
        <source>DELETE answered 204; the group is gone (404)</source>
        <translation>DELETE a répondu 204&#xa0;; le groupe n&apos;existe plus (404)</translation>
    </message>
    <message>
        <source>active or id differ from what was sent</source>
        <translation>active ou id diffèrent de ce qui a été envoyé</translation>
    </message>
    <message>
        <source>200 with the user as sent, phoneNumbers included</source>
        <translation>200 avec l&apos;utilisateur tel qu&apos;envoyé, phoneNumbers compris</translation>
    </message>
    <message>
        <source>201 with the member as sent (id %1)</source>
        <translation>201 avec le membre tel qu&apos;envoyé (id %1)</translation>
    </message>
    <message>
        <source>200 with the member</source>
        <translation>200 avec le membre</translation>
    </message>
    <message>
        <source>200 with the group and no members</source>
        <translation>200 avec le groupe, sans membres</translation>
    </message>
    <message>
        <source>200 with the member added</source>
        <translation>200 avec le membre ajouté</translation>
    </message>
    <message>
        <source>200 with no members</source>
        <translation>200 sans membres</translation>
    </message>
    <message>
        <source>204</source>
        <translation>204</translation>
    </message>
    <message>
        <source>200 with active false</source>
        <translation>200 avec active à false</translation>
    </message>
    <message>
        <source>%1 resources of the %2 expected; Okta steps by 100 and would skip the rest</source>
        <translation>%1 ressources sur les %2 attendues&#xa0;; Okta avance par pas de 100 et sauterait le reste</translation>
    </message>
    <message>
        <source>user %1, created by this run, is missing from the import</source>
        <translation>l&apos;utilisateur %1, créé par cette exécution, est absent de l&apos;import</translation>
    </message>
    <message>
        <source>%1 %2, pages of 100: %3</source>
        <translation>%1 %2, pages de 100&#xa0;: %3</translation>
    </message>
    <message>
        <source>could not deactivate user %1: %2 %3</source>
        <translation>impossible de désactiver l&apos;utilisateur %1&#xa0;: %2 %3</translation>
    </message>
    <message>
        <source>could not delete group %1: %2 %3</source>
        <translation>impossible de supprimer le groupe %1&#xa0;: %2 %3</translation>
    </message>
</context>
<context>
    <name>scimdesk::sim::ProvisioningEngine</name>
    <message>
        <source>Read timed out: no response from %1 within %2 s</source>
        <translation>Délai de lecture dépassé&#xa0;: aucune réponse de %1 en %2 s</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Connexion à %1 impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>retry in %1 ms</source>
        <translation>nouvel essai dans %1 ms</translation>
    </message>
    <message>
        <source>(gave up after %1 attempts)</source>
        <translation>(abandon après %1 tentatives)</translation>
    </message>
    <message>
        <source>unknown group &quot;%1&quot;</source>
        <translation>groupe inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown person &quot;%1&quot;</source>
        <translation>personne inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>connection verified</source>
        <translation>connexion vérifiée</translation>
    </message>
    <message>
        <source>Push Groups is not enabled for this app</source>
        <translation>&quot;Push Groups&quot; n’est pas activé pour cette application</translation>
    </message>
    <message>
        <source>renamed %1 to %2</source>
        <translation>%1 renommé en %2</translation>
    </message>
    <message>
        <source>group &quot;%1&quot; is not pushed</source>
        <translation>le groupe &quot;%1&quot; n’est pas poussé</translation>
    </message>
    <message>
        <source>unlinked %1 and deleted it in the app</source>
        <translation>%1 dissocié et supprimé dans l’application</translation>
    </message>
    <message>
        <source>unlinked %1, left in the app</source>
        <translation>%1 dissocié, conservé dans l’application</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;</source>
        <translation>action inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>linked %1 to %2</source>
        <translation>%1 associé à %2</translation>
    </message>
    <message>
        <source>created %1 as %2</source>
        <translation>%1 créé sous l’identifiant %2</translation>
    </message>
    <message>
        <source>reactivated %1</source>
        <translation>%1 réactivé</translation>
    </message>
    <message>
        <source>deactivated %1</source>
        <translation>%1 désactivé</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>%1 mis à jour</translation>
    </message>
    <message>
        <source>linked group %1 to %2</source>
        <translation>groupe %1 associé à %2</translation>
    </message>
    <message>
        <source>pushed group %1 as %2</source>
        <translation>groupe %1 poussé sous l’identifiant %2</translation>
    </message>
    <message>
        <source>pushed membership of %1: %2 added, %3 removed</source>
        <translation>appartenances de %1 poussées&#xa0;: %2 ajoutées, %3 retirées</translation>
    </message>
    <message>
        <source>pushed all %1 members of %2</source>
        <translation>les %1 membres de %2 poussés</translation>
    </message>
    <message>
        <source>%1 users scanned</source>
        <translation>%1 utilisateurs parcourus</translation>
    </message>
    <message>
        <source>%1 groups scanned</source>
        <translation>%1 groupes parcourus</translation>
    </message>
</context>
<context>
    <name>scimdesk::simtab::ActivityModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>scimdesk::simtab::GroupsModel</name>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Assigned to the app</source>
        <translation>Affecté à l&apos;application</translation>
    </message>
    <message>
        <source>Pushed</source>
        <translation>Poussé</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Yes — %1</source>
        <translation>Oui — %1</translation>
    </message>
    <message>
        <source>Pushed, id %1 in the app</source>
        <translation>Poussé, id %1 dans l&apos;application</translation>
    </message>
    <message>
        <source>Push pending</source>
        <translation>Push en attente</translation>
    </message>
</context>
<context>
    <name>scimdesk::simtab::PeopleModel</name>
    <message>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Primary email</source>
        <translation>E-mail principal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>App assignment</source>
        <translation>Affectation à l&apos;application</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Not assigned (app user active)</source>
        <translation>Non affecté (utilisateur de l&apos;application actif)</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Non affecté</translation>
    </message>
    <message>
        <source>Assigned, not provisioned</source>
        <translation>Affecté, non provisionné</translation>
    </message>
    <message>
        <source>Provisioned</source>
        <translation>Provisionné</translation>
    </message>
    <message>
        <source>Provisioned, deactivated in the app</source>
        <translation>Provisionné, désactivé dans l&apos;application</translation>
    </message>
    <message>
        <source>assigned individually</source>
        <translation>affecté individuellement</translation>
    </message>
    <message>
        <source>through group %1</source>
        <translation>via le groupe %1</translation>
    </message>
    <message>
        <source>Not assigned to the app</source>
        <translation>Non affecté à l&apos;application</translation>
    </message>
</context>
</TS>
