<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>Plan a move from technical IT work into project management: dated, costed and printable. Offline and private: no account, no network connections.</source>
        <translation>Planifique el paso del trabajo técnico de TI a la gestión de proyectos: con fechas, costos y listo para imprimir. Sin conexión y privado: sin cuenta ni conexiones de red.</translation>
    </message>
    <message>
        <source>Catalog %1. Prices carry their source and date; unverified ones say &lt;i&gt;check with issuer&lt;/i&gt;.</source>
        <translation>Catálogo %1. Los precios indican su fuente y fecha; los no verificados dicen &lt;i&gt;consultar con el emisor&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>Licences: the planner, MIT. Qt and PySide6, LGPL v3. reportlab, BSD. sqlite-utils, Apache 2.0. DejaVu fonts, Bitstream Vera licence. JSON Resume schema, MIT.</source>
        <translation>Licencias: el planificador, MIT. Qt y PySide6, LGPL v3. reportlab, BSD. sqlite-utils, Apache 2.0. Fuentes DejaVu, licencia Bitstream Vera. Esquema JSON Resume, MIT.</translation>
    </message>
    <message>
        <source>About Career Transition Planner</source>
        <translation>Acerca de Career Transition Planner</translation>
    </message>
</context>
<context>
    <name>AboutPage</name>
    <message>
        <source>About you</source>
        <translation>Sobre usted</translation>
    </message>
    <message>
        <source>About the person</source>
        <translation>Sobre la persona</translation>
    </message>
    <message>
        <source>Only the name is needed; everything can be changed later on the Profile page.</source>
        <translation>Solo hace falta el nombre; todo se puede cambiar después en la página Perfil.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>e.g. Network engineer, IT service manager</source>
        <translation>p. ej., ingeniero de redes, responsable de servicios de TI</translation>
    </message>
    <message>
        <source>Current &amp;role</source>
        <translation>P&amp;uesto actual</translation>
    </message>
    <message>
        <source>City, state or country</source>
        <translation>Ciudad, provincia o país</translation>
    </message>
    <message>
        <source>Re&amp;gion</source>
        <translation>&amp;Región</translation>
    </message>
    <message>
        <source>Used to find local PMI chapters and job ads.</source>
        <translation>Sirve para encontrar capítulos locales del PMI y ofertas de empleo.</translation>
    </message>
    <message>
        <source>Cou&amp;ntry</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <source>e.g. cohort-1</source>
        <translation>p. ej., cohorte-1</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Etiquetas</translation>
    </message>
    <message>
        <source>Optional, separated by commas.</source>
        <translation>Opcional, separadas por comas.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Plan notice</source>
        <translation>Aviso sobre el plan</translation>
    </message>
</context>
<context>
    <name>BudgetVerdict</name>
    <message>
        <source>within budget</source>
        <translation>dentro del presupuesto</translation>
    </message>
    <message>
        <source>over budget</source>
        <translation>fuera de presupuesto</translation>
    </message>
    <message>
        <source>may not fit</source>
        <translation>puede no alcanzar</translation>
    </message>
</context>
<context>
    <name>CatalogItems</name>
    <message>
        <source>%1 (you have %2, the track needs %3)</source>
        <translation>%1 (tiene %2, la orientación necesita %3)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 hasta %2</translation>
    </message>
    <message>
        <source>Closes your gaps in %1.</source>
        <translation>Cubre sus brechas en %1.</translation>
    </message>
    <message>
        <source>Also raises %1 (no gap of yours there).</source>
        <translation>También mejora %1 (ahí no tiene brechas).</translation>
    </message>
    <message>
        <source>Raises %1 (no gap of yours there).</source>
        <translation>Mejora %1 (ahí no tiene brechas).</translation>
    </message>
    <message>
        <source>Raises no competency the planner tracks.</source>
        <translation>No mejora ninguna competencia que siga el planificador.</translation>
    </message>
    <message>
        <source>%1 for %2 members</source>
        <translation>%1 para miembros de %2</translation>
    </message>
    <message>
        <source>%1, %2 level.</source>
        <translation>%1, nivel %2.</translation>
    </message>
    <message>
        <source>Exam %1.</source>
        <translation>Examen %1.</translation>
    </message>
</context>
<context>
    <name>CatalogPicker</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Nothing matches: try fewer or shorter words.</source>
        <translation>No hay coincidencias: pruebe con menos palabras o más cortas.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Qué es</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Requisitos previos</translation>
    </message>
    <message>
        <source>%1 hours of study or work</source>
        <translation>%1 horas de estudio o trabajo</translation>
    </message>
    <message>
        <source>Cost and time</source>
        <translation>Costo y tiempo</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Add a step from the catalog</source>
        <translation>Añadir un paso del catálogo</translation>
    </message>
    <message>
        <source>Choose a certification or activity to pin to the plan. It stays in every re-plan until you unpin it.</source>
        <translation>Elija una certificación o actividad para fijarla en el plan. Se mantiene en cada replanificación hasta que la suelte.</translation>
    </message>
    <message>
        <source>Search names, codes, issuers, descriptions</source>
        <translation>Buscar nombres, códigos, emisores, descripciones</translation>
    </message>
    <message>
        <source>Search the catalog</source>
        <translation>Buscar en el catálogo</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Catalog items</source>
        <translation>Elementos del catálogo</translation>
    </message>
    <message>
        <source>Why, cost and sources of the chosen item</source>
        <translation>Motivo, costo y fuentes del elemento elegido</translation>
    </message>
    <message>
        <source>Pin to plan</source>
        <translation>Fijar en el plan</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s)</source>
        <translation>
            <numerusform>%1 de %n elemento</numerusform>
            <numerusform>%1 de %n elementos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogUpdateDialog</name>
    <message>
        <source>Re-plan affected people later</source>
        <translation>Replanificar a las personas afectadas más tarde</translation>
    </message>
    <message>
        <source>The catalog was updated</source>
        <translation>El catálogo se ha actualizado</translation>
    </message>
    <message>
        <source>A newer catalog came with this version of the planner. These are its changes for your people&apos;s plans. Progress is kept, and no plan was changed: re-plan a person to use the new prices and rules.</source>
        <translation>Esta versión del planificador incluye un catálogo más reciente. Estos son sus cambios para los planes de sus personas. El progreso se conserva y ningún plan se ha modificado: replanifique a una persona para aplicar los nuevos precios y reglas.</translation>
    </message>
    <message>
        <source>Catalog changes</source>
        <translation>Cambios del catálogo</translation>
    </message>
</context>
<context>
    <name>ClientListDialog</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Current role</source>
        <translation>Puesto actual</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Hours a week</source>
        <translation>Horas semanales</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Target track</source>
        <translation>Orientación objetivo</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>(sin usar)</translation>
    </message>
    <message>
        <source>Import client list — %1</source>
        <translation>Importar lista de clientes — %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in %1. Choose what each column holds; only Name is needed (hours a week default to 5). Every row is checked before anyone is added, and everyone is added together or not at all.</source>
        <translation>
            <numerusform>%n fila en %1. Elija qué contiene cada columna; solo hace falta el nombre (las horas semanales son 5 por defecto). Se comprueba cada fila antes de añadir a nadie, y se añaden todos juntos o ninguno.</numerusform>
            <numerusform>%n filas en %1. Elija qué contiene cada columna; solo hace falta el nombre (las horas semanales son 5 por defecto). Se comprueba cada fila antes de añadir a nadie, y se añaden todos juntos o ninguno.</numerusform>
        </translation>
    </message>
    <message>
        <source>Client list preview</source>
        <translation>Vista previa de la lista de clientes</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Contiene</translation>
    </message>
    <message>
        <source>What column %1 holds</source>
        <translation>Qué contiene la columna %1</translation>
    </message>
    <message>
        <source>e.g. spring-2027 (comma-separated)</source>
        <translation>p. ej., primavera-2027 (separadas por comas)</translation>
    </message>
    <message>
        <source>Tags for everyone</source>
        <translation>Etiquetas para todos</translation>
    </message>
    <message>
        <source>Tag everyone:</source>
        <translation>Etiquetar a todos:</translation>
    </message>
    <message>
        <source>Problem with the list</source>
        <translation>Problema con la lista</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n person(s)</source>
        <translation>
            <numerusform>&amp;Añadir %n persona</numerusform>
            <numerusform>&amp;Añadir %n personas</numerusform>
        </translation>
    </message>
    <message>
        <source>Two columns are set to %1: choose one.</source>
        <translation>Dos columnas están puestas en %1: elija una.</translation>
    </message>
    <message>
        <source>Choose the column that holds each client&apos;s name.</source>
        <translation>Elija la columna que contiene el nombre de cada cliente.</translation>
    </message>
    <message>
        <source>%1. Fix the file (or the column choices) and try again.</source>
        <translation>%1. Corrija el archivo (o la elección de columnas) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Import client list</source>
        <translation>Importar lista de clientes</translation>
    </message>
    <message>
        <source>Client lists (*.csv *.xlsx);;All files (*)</source>
        <translation>Listas de clientes (*.csv *.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The client list could not be read</source>
        <translation>No se pudo leer la lista de clientes</translation>
    </message>
    <message>
        <source>Adding clients…</source>
        <translation>Añadiendo clientes…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Import cancelled; nobody was added</source>
        <translation>Importación cancelada; no se ha añadido a nadie</translation>
    </message>
    <message>
        <source>The client list could not be imported</source>
        <translation>No se pudo importar la lista de clientes</translation>
    </message>
    <message>
        <source>Added %1 from the client list</source>
        <translation>Se han añadido %1 de la lista de clientes</translation>
    </message>
</context>
<context>
    <name>CoachPrices</name>
    <message>
        <source>A currency is a three-letter code such as USD or EUR.</source>
        <translation>Una moneda es un código de tres letras, como USD o EUR.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>&amp;Cambiar…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Catalog price</source>
        <translation>Precio del catálogo</translation>
    </message>
    <message>
        <source>Your price</source>
        <translation>Su precio</translation>
    </message>
    <message>
        <source>Set on</source>
        <translation>Fijado el</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Your prices</source>
        <translation>Sus precios</translation>
    </message>
    <message>
        <source>Your price replaces the catalog&apos;s in every plan (re-plan to use it); plans mark it as your own figure. Prices are counted in totals only in the plan currency.</source>
        <translation>Su precio sustituye al del catálogo en todos los planes (replanifique para aplicarlo); los planes lo marcan como cifra propia. En los totales solo cuentan los precios en la moneda del plan.</translation>
    </message>
    <message>
        <source>The price could not be saved</source>
        <translation>No se pudo guardar el precio</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Your steps</source>
        <translation>Sus pasos</translation>
    </message>
    <message>
        <source>Workshops and courses of your own. They appear in the Roadmap&apos;s Add from catalog list, and a person&apos;s plan includes them once pinned.</source>
        <translation>Talleres y cursos propios. Aparecen en la lista «Añadir del catálogo» de la hoja de ruta y entran en el plan de una persona en cuanto se fijan.</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>Aña&amp;dir…</translation>
    </message>
    <message>
        <source>Chan&amp;ge…</source>
        <translation>Cam&amp;biar…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Q&amp;uitar</translation>
    </message>
    <message>
        <source>The step could not be saved</source>
        <translation>No se pudo guardar el paso</translation>
    </message>
</context>
<context>
    <name>CoachSettingsDialog</name>
    <message>
        <source>Each person&apos;s own</source>
        <translation>La de cada persona</translation>
    </message>
    <message>
        <source>Coach settings</source>
        <translation>Ajustes del coach</translation>
    </message>
    <message>
        <source>Coach name</source>
        <translation>Nombre del coach</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>Vista previa del logotipo</translation>
    </message>
    <message>
        <source>C&amp;hoose logo…</source>
        <translation>&amp;Elegir logotipo…</translation>
    </message>
    <message>
        <source>&amp;Remove logo</source>
        <translation>&amp;Quitar logotipo</translation>
    </message>
    <message>
        <source>Plan currency</source>
        <translation>Moneda de los planes</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>A coach with clients</source>
        <translation>Coach con clientes</translation>
    </message>
    <message>
        <source>Planning my own move</source>
        <translation>Planifico mi propio cambio</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The app&apos;s language; it applies the next time the app starts.</source>
        <translation>El idioma de la aplicación; se aplica la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>Coach &amp;name:</source>
        <translation>&amp;Nombre del coach:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>Plan &amp;currency:</source>
        <translation>&amp;Moneda de los planes:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>Mo&amp;do:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logotipo:</translation>
    </message>
    <message>
        <source>Name, organisation and logo print on the cover of every plan. Plans total their costs in each person&apos;s own currency unless you choose one for every plan here; prices the issuer does not publish in it are converted at a dated rate and marked so.</source>
        <translation>El nombre, la organización y el logotipo se imprimen en la portada de cada plan. Los planes suman sus costos en la moneda de cada persona, salvo que aquí elija una para todos; los precios que el emisor no publica en ella se convierten con un tipo de cambio fechado y se marcan como tales.</translation>
    </message>
    <message>
        <source>&amp;Printouts and mode</source>
        <translation>&amp;Impresos y modo</translation>
    </message>
    <message>
        <source>Your p&amp;rices</source>
        <translation>Sus &amp;precios</translation>
    </message>
    <message>
        <source>Your &amp;steps</source>
        <translation>Sus pa&amp;sos</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <source>Logo set (no preview)</source>
        <translation>Logotipo definido (sin vista previa)</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Elegir un logotipo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The logo cannot be used</source>
        <translation>No se puede usar el logotipo</translation>
    </message>
    <message>
        <source>A currency is a three-letter code such as USD or EUR.</source>
        <translation>Una moneda es un código de tres letras, como USD o EUR.</translation>
    </message>
    <message>
        <source>The settings could not be saved</source>
        <translation>No se pudieron guardar los ajustes</translation>
    </message>
</context>
<context>
    <name>CohortDialog</name>
    <message>
        <source>Export cohort</source>
        <translation>Exportar cohorte</translation>
    </message>
    <message>
        <source>Tag of the cohort</source>
        <translation>Etiqueta de la cohorte</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message>
        <source>A PDF plan for each person</source>
        <translation>Un plan en PDF para cada persona</translation>
    </message>
    <message>
        <source>A calendar (.ics) for each person</source>
        <translation>Un calendario (.ics) para cada persona</translation>
    </message>
    <message>
        <source>Folder to write to</source>
        <translation>Carpeta de destino</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>&amp;Cohorte:</translation>
    </message>
    <message>
        <source>Write:</source>
        <translation>Escribir:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>Carpe&amp;ta:</translation>
    </message>
    <message>
        <source>Each file is also put in one ZIP in the same folder, ready to send.</source>
        <translation>Cada archivo se pone también en un ZIP en la misma carpeta, listo para enviar.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>Nobody has a tag yet: tag people to form a cohort.</source>
        <translation>Nadie tiene etiqueta aún: etiquete a personas para formar una cohorte.</translation>
    </message>
    <message>
        <source>Export cohort to</source>
        <translation>Exportar la cohorte a</translation>
    </message>
    <message>
        <source>The cohort could not be exported</source>
        <translation>No se pudo exportar la cohorte</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Wrote %1 to %2 and %3</source>
        <translation>Se han escrito %1 en %2 y %3</translation>
    </message>
    <message>
        <source>Cohort export cancelled; the files already written stay, no ZIP was written</source>
        <translation>Exportación de la cohorte cancelada; los archivos ya escritos se conservan y no se ha creado ningún ZIP</translation>
    </message>
</context>
<context>
    <name>CountryPacksDialog</name>
    <message>
        <source>Country packs</source>
        <translation>Paquetes de país</translation>
    </message>
    <message>
        <source>Country packs in use</source>
        <translation>Paquetes de país en uso</translation>
    </message>
    <message>
        <source>&amp;Import pack…</source>
        <translation>&amp;Importar paquete…</translation>
    </message>
    <message>
        <source>&amp;Remove your pack</source>
        <translation>&amp;Quitar su paquete</translation>
    </message>
    <message>
        <source>Each country&apos;s credentials, bodies, chapters, local prices and exchange rates. Your own pack (a checked JSON file) replaces the shipped one for your plans.</source>
        <translation>Credenciales, asociaciones, capítulos, precios locales y tipos de cambio de cada país. Su propio paquete (un archivo JSON comprobado) sustituye al incluido en sus planes.</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versión %1</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>incluido</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>suyo</translation>
    </message>
    <message>
        <source>yours (replaces shipped)</source>
        <translation>suyo (sustituye al incluido)</translation>
    </message>
    <message>
        <source>Import country pack</source>
        <translation>Importar paquete de país</translation>
    </message>
    <message>
        <source>Country packs (*.json)</source>
        <translation>Paquetes de país (*.json)</translation>
    </message>
    <message>
        <source>Import %1 (%2) pack</source>
        <translation>Importar el paquete %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>The country pack was not imported</source>
        <translation>No se ha importado el paquete de país</translation>
    </message>
    <message>
        <source>Remove your %1 (%2) pack</source>
        <translation>Quitar su paquete %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>The country pack was not removed</source>
        <translation>No se ha quitado el paquete de país</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more month(s)</source>
        <translation>
            <numerusform>%n mes más</numerusform>
            <numerusform>%n meses más</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 horas</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n proyecto</numerusform>
            <numerusform>%n proyectos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialsEditor</name>
    <message>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>Add credentia&amp;l</source>
        <translation>Añadir credencial</translation>
    </message>
    <message>
        <source>No credentials yet. Press Add credential for each certification you hold.</source>
        <translation>Aún no hay credenciales. Pulse Añadir credencial por cada certificación que tenga.</translation>
    </message>
</context>
<context>
    <name>CredentialsModel</name>
    <message>
        <source>retired %1</source>
        <translation>retirada el %1</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retirada</translation>
    </message>
    <message>
        <source>: successors %1</source>
        <translation>: sucesoras %1</translation>
    </message>
    <message>
        <source>type a credential name</source>
        <translation>escriba el nombre de la credencial</translation>
    </message>
    <message>
        <source>not in catalog</source>
        <translation>no está en el catálogo</translation>
    </message>
    <message>
        <source>%1 was %2. The plan counts what it proved and maps it to its successors.</source>
        <translation>%1 fue %2. El plan cuenta lo que acreditaba y lo asigna a sus sucesoras.</translation>
    </message>
    <message>
        <source>Date earned, YYYY-MM-DD (optional)</source>
        <translation>Fecha de obtención, AAAA-MM-DD (opcional)</translation>
    </message>
    <message>
        <source>Kept on the profile, but not counted toward any competency.</source>
        <translation>Se conserva en el perfil, pero no cuenta para ninguna competencia.</translation>
    </message>
    <message>
        <source>date not given</source>
        <translation>fecha no indicada</translation>
    </message>
    <message>
        <source>Earned date not changed. %1</source>
        <translation>Fecha de obtención sin cambiar. %1</translation>
    </message>
    <message>
        <source>Edit date of %1</source>
        <translation>Cambiar la fecha de %1</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Certifications held (optional)</source>
        <translation>Certificaciones que ya tiene (opcional)</translation>
    </message>
    <message>
        <source>What you have already earned is not planned again, and it can meet the prerequisites of the next steps.</source>
        <translation>Lo que ya ha obtenido no se vuelve a planificar y puede cumplir los requisitos de los pasos siguientes.</translation>
    </message>
    <message>
        <source>Start typing, e.g. ITIL, Network+, AZ-104</source>
        <translation>Empiece a escribir, p. ej., ITIL, Network+, AZ-104</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Certificación</translation>
    </message>
    <message>
        <source>Earned on</source>
        <translation>Obtenida el</translation>
    </message>
    <message>
        <source>The date it was earned is known</source>
        <translation>Se conoce la fecha de obtención</translation>
    </message>
    <message>
        <source>Date earned</source>
        <translation>Fecha de obtención</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;ñadir</translation>
    </message>
    <message>
        <source>Add the certification</source>
        <translation>Añadir la certificación</translation>
    </message>
    <message>
        <source>Certifications held</source>
        <translation>Certificaciones que tiene</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected certification</source>
        <translation>Quitar la certificación seleccionada</translation>
    </message>
    <message>
        <source>&amp;Certification:</source>
        <translation>&amp;Certificación:</translation>
    </message>
    <message>
        <source>In the catalog: %1</source>
        <translation>En el catálogo: %1</translation>
    </message>
    <message>
        <source>Not in the catalog: kept as written, not used for planning.</source>
        <translation>No está en el catálogo: se guarda tal cual, pero no se usa para planificar.</translation>
    </message>
    <message>
        <source>%1 is in the list already.</source>
        <translation>%1 ya está en la lista.</translation>
    </message>
    <message>
        <source>That date is in the future; list it once it is earned.</source>
        <translation>Esa fecha es futura; añádala cuando la haya obtenido.</translation>
    </message>
    <message>
        <source> (earned %1)</source>
        <translation> (obtenida el %1)</translation>
    </message>
</context>
<context>
    <name>DataExports</name>
    <message>
        <source>From %1. An import cannot be undone; the automatic backups keep the data as it was.</source>
        <translation>Desde %1. Una importación no se puede deshacer; las copias de seguridad automáticas conservan los datos tal como estaban.</translation>
    </message>
    <message>
        <source>Import person bundle</source>
        <translation>Importar paquete de persona</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Exportar calendario</translation>
    </message>
    <message>
        <source>Keep %1 current?</source>
        <translation>¿Mantener %1 actualizado?</translation>
    </message>
    <message>
        <source>Kept current, the file is written again after every re-plan, so a calendar app subscribed to it always shows the current plan. Exams and booking dates remind you a week ahead, exams also the day before.</source>
        <translation>Si se mantiene actualizado, el archivo se vuelve a escribir tras cada replanificación, de modo que una aplicación de calendario suscrita a él siempre muestra el plan actual. Los exámenes y las fechas de reserva le avisan con una semana de antelación; los exámenes, también el día anterior.</translation>
    </message>
    <message>
        <source>Remind me 15 minutes before each study block</source>
        <translation>Avisarme 15 minutos antes de cada bloque de estudio</translation>
    </message>
    <message>
        <source>Keep current</source>
        <translation>Mantener actualizado</translation>
    </message>
    <message>
        <source>Write once</source>
        <translation>Escribir una vez</translation>
    </message>
    <message>
        <source>Export &amp;calendar (.ics)…</source>
        <translation>Exportar &amp;calendario (.ics)…</translation>
    </message>
    <message>
        <source>Write milestones, exam dates and weekly study blocks for a calendar app</source>
        <translation>Escribir hitos, fechas de examen y bloques de estudio semanales para una aplicación de calendario</translation>
    </message>
    <message>
        <source>Export pro&amp;gress (CSV)…</source>
        <translation>Exportar progres&amp;o (CSV)…</translation>
    </message>
    <message>
        <source>Write the plan&apos;s steps and their progress as a spreadsheet file</source>
        <translation>Escribir los pasos del plan y su progreso en un archivo de hoja de cálculo</translation>
    </message>
    <message>
        <source>Export &amp;hand-out to edit (Word or Markdown)…</source>
        <translation>Exportar &amp;documento editable (Word o Markdown)…</translation>
    </message>
    <message>
        <source>Write the plan with the printed plan&apos;s sections as a Word or Markdown file to adapt</source>
        <translation>Escribir el plan con las secciones del plan impreso en un archivo Word o Markdown para adaptarlo</translation>
    </message>
    <message>
        <source>Export as &amp;JSON Resume…</source>
        <translation>Exportar como &amp;JSON Resume…</translation>
    </message>
    <message>
        <source>Write this person&apos;s CV data (role, skills, certificates, projects) as a JSON Resume</source>
        <translation>Escribir los datos del CV de esta persona (puesto, competencias, certificados, proyectos) como JSON Resume</translation>
    </message>
    <message>
        <source>Export person &amp;bundle…</source>
        <translation>Exportar pa&amp;quete de persona…</translation>
    </message>
    <message>
        <source>Write everything about this person to one file, to move them to another computer</source>
        <translation>Escribir todo lo relativo a esta persona en un archivo para llevarla a otro ordenador</translation>
    </message>
    <message>
        <source>Export c&amp;ohort…</source>
        <translation>Exportar co&amp;horte…</translation>
    </message>
    <message>
        <source>Write a PDF plan or a calendar for everyone with a tag, and a ZIP of them all</source>
        <translation>Escribir un plan en PDF o un calendario para todas las personas con una etiqueta, y un ZIP con todos</translation>
    </message>
    <message>
        <source>I&amp;mport person bundle…</source>
        <translation>Impor&amp;tar paquete de persona…</translation>
    </message>
    <message>
        <source>Add a person from a bundle file, or merge it into the same person without duplicates</source>
        <translation>Añadir una persona desde un archivo de paquete o fusionarla con la misma persona sin duplicados</translation>
    </message>
    <message>
        <source>career plan</source>
        <translation>plan de carrera</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Archivos iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>The calendar could not be exported</source>
        <translation>No se pudo exportar el calendario</translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s)</source>
        <translation>
            <numerusform>%n hito</numerusform>
            <numerusform>%n hitos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weekly study block(s)</source>
        <translation>
            <numerusform>%n bloque de estudio semanal</numerusform>
            <numerusform>%n bloques de estudio semanales</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar written to %1: %2 and %3; kept current after every re-plan</source>
        <translation>Calendario escrito en %1: %2 y %3; se actualiza tras cada replanificación</translation>
    </message>
    <message>
        <source>Calendar written to %1: %2 and %3</source>
        <translation>Calendario escrito en %1: %2 y %3</translation>
    </message>
    <message>
        <source>Hand-out written to %1 (Markdown); edit it before you share it</source>
        <translation>Documento escrito en %1 (Markdown); edítelo antes de compartirlo</translation>
    </message>
    <message>
        <source>Hand-out written to %1 (Word); edit it before you share it</source>
        <translation>Documento escrito en %1 (Word); edítelo antes de compartirlo</translation>
    </message>
    <message>
        <source>Export hand-out to edit</source>
        <translation>Exportar documento editable</translation>
    </message>
    <message>
        <source>Word documents (*.docx);;Markdown (*.md)</source>
        <translation>Documentos de Word (*.docx);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>The hand-out could not be exported</source>
        <translation>No se pudo exportar el documento</translation>
    </message>
    <message>
        <source>JSON Resume written to %1</source>
        <translation>JSON Resume escrito en %1</translation>
    </message>
    <message>
        <source>Export as JSON Resume</source>
        <translation>Exportar como JSON Resume</translation>
    </message>
    <message>
        <source>resume</source>
        <translation>currículum</translation>
    </message>
    <message>
        <source>JSON Resume files (*.json)</source>
        <translation>Archivos JSON Resume (*.json)</translation>
    </message>
    <message>
        <source>The JSON Resume could not be exported</source>
        <translation>No se pudo exportar el JSON Resume</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n paso</numerusform>
            <numerusform>%n pasos</numerusform>
        </translation>
    </message>
    <message>
        <source>Progress written to %1 (%2)</source>
        <translation>Progreso escrito en %1 (%2)</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportar progreso</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>progreso</translation>
    </message>
    <message>
        <source>CSV spreadsheets (*.csv)</source>
        <translation>Hojas de cálculo CSV (*.csv)</translation>
    </message>
    <message>
        <source>The progress could not be exported</source>
        <translation>No se pudo exportar el progreso</translation>
    </message>
    <message>
        <source>Export person bundle</source>
        <translation>Exportar paquete de persona</translation>
    </message>
    <message>
        <source>bundle</source>
        <translation>paquete</translation>
    </message>
    <message>
        <source>Person bundles (*.json)</source>
        <translation>Paquetes de persona (*.json)</translation>
    </message>
    <message>
        <source>The person bundle could not be exported</source>
        <translation>No se pudo exportar el paquete de persona</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s)</source>
        <translation>
            <numerusform>%n plan</numerusform>
            <numerusform>%n planes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 written to %2 (%3, %4)</source>
        <translation>%1 escrito en %2 (%3, %4)</translation>
    </message>
    <message>
        <source>Person bundles (*.json);;All files (*)</source>
        <translation>Paquetes de persona (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed</source>
        <translation>Importación cancelada; no se ha cambiado nada</translation>
    </message>
    <message>
        <source>The person bundle could not be imported</source>
        <translation>No se pudo importar el paquete de persona</translation>
    </message>
</context>
<context>
    <name>DateDelegate</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Earned date</source>
        <translation>Fecha de obtención</translation>
    </message>
    <message>
        <source>Optional; write it as YYYY-MM-DD</source>
        <translation>Opcional; en formato AAAA-MM-DD</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <source>Name the project to add it.</source>
        <translation>Ponga nombre al proyecto para añadirlo.</translation>
    </message>
    <message>
        <source>The start date is in the future: add a project once it has started.</source>
        <translation>La fecha de inicio es futura: añada el proyecto cuando haya empezado.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>La fecha de fin es anterior a la de inicio.</translation>
    </message>
    <message>
        <source>Add a project you led</source>
        <translation>Añadir un proyecto que dirigió</translation>
    </message>
    <message>
        <source>e.g. Data-centre migration</source>
        <translation>p. ej., migración del centro de datos</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>e.g. Project lead</source>
        <translation>p. ej., jefe de proyecto</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>&amp;Ongoing</source>
        <translation>En c&amp;urso</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Still leading it: its months count up to today</source>
        <translation>Aún lo dirige: sus meses cuentan hasta hoy</translation>
    </message>
    <message>
        <source>&amp;Add project</source>
        <translation>A&amp;ñadir proyecto</translation>
    </message>
    <message>
        <source>Add project</source>
        <translation>Añadir proyecto</translation>
    </message>
    <message>
        <source>Problem with the project</source>
        <translation>Problema con el proyecto</translation>
    </message>
    <message>
        <source>Pro&amp;ject</source>
        <translation>Proye&amp;cto</translation>
    </message>
    <message>
        <source>Ro&amp;le</source>
        <translation>R&amp;ol</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>Ha&amp;sta</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Correct the input and try again; nothing else was changed.</source>
        <translation>Corrija la entrada e inténtelo de nuevo; no se ha cambiado nada más.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong (%1).</source>
        <translation>Algo inesperado ha fallado (%1).</translation>
    </message>
    <message>
        <source>Your saved data is safe. The details are in the log file; please report them.</source>
        <translation>Sus datos guardados están a salvo. Los detalles están en el archivo de registro; por favor, infórmenos.</translation>
    </message>
</context>
<context>
    <name>ExperiencePage</name>
    <message>
        <source>Experience</source>
        <translation>Experiencia</translation>
    </message>
    <message>
        <source>Rough numbers are fine: they decide which certifications are in reach.</source>
        <translation>Bastan cifras aproximadas: deciden qué certificaciones están a su alcance.</translation>
    </message>
    <message>
        <source> years</source>
        <translation> años</translation>
    </message>
    <message>
        <source>&amp;Years in IT</source>
        <translation>Años en &amp;TI</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>&amp;Months leading projects</source>
        <translation>&amp;Meses dirigiendo proyectos</translation>
    </message>
    <message>
        <source>Leading, not only taking part, in the last 8 years.</source>
        <translation>Dirigiendo, no solo participando, en los últimos 8 años.</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>PM e&amp;ducation</source>
        <translation>Formación &amp;en dirección de proyectos</translation>
    </message>
    <message>
        <source>Hours of project-management training.</source>
        <translation>Horas de formación en gestión de proyectos.</translation>
    </message>
    <message>
        <source>Highest ed&amp;ucation</source>
        <translation>&amp;Nivel de estudios</translation>
    </message>
    <message>
        <source>Months leading projects</source>
        <translation>Meses dirigiendo proyectos</translation>
    </message>
    <message>
        <source>Months toward the PMP rule</source>
        <translation>Meses para la regla del PMP</translation>
    </message>
    <message>
        <source>PMP eligibility</source>
        <translation>Admisión al PMP</translation>
    </message>
    <message>
        <source>PMP experience rule</source>
        <translation>Regla de experiencia del PMP</translation>
    </message>
    <message>
        <source>PMP education hours</source>
        <translation>Horas de formación para el PMP</translation>
    </message>
    <message>
        <source>Contact hours of PM education</source>
        <translation>Horas lectivas de formación en dirección de proyectos</translation>
    </message>
    <message>
        <source>CAPM education hours</source>
        <translation>Horas de formación para el CAPM</translation>
    </message>
    <message>
        <source>Project management education</source>
        <translation>Formación en gestión de proyectos</translation>
    </message>
    <message>
        <source>The plan is out of date</source>
        <translation>El plan está desactualizado</translation>
    </message>
    <message>
        <source>Re-plan from toda&amp;y</source>
        <translation>&amp;Replanificar desde hoy</translation>
    </message>
    <message>
        <source>Re-plan from today</source>
        <translation>Replanificar desde hoy</translation>
    </message>
    <message>
        <source>Projects you led</source>
        <translation>Proyectos que ha dirigido</translation>
    </message>
    <message>
        <source>Ledger columns</source>
        <translation>Columnas del registro</translation>
    </message>
    <message>
        <source>No projects recorded yet. Add the projects you have led below: their months count toward the PMP&apos;s experience rule.</source>
        <translation>Aún no hay proyectos registrados. Añada abajo los proyectos que ha dirigido: sus meses cuentan para la regla de experiencia del PMP.</translation>
    </message>
    <message>
        <source>Projects you &amp;led</source>
        <translation>Proyectos &amp;que ha dirigido</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Delete the selected project</source>
        <translation>Eliminar el proyecto seleccionado</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation>Eliminar proyecto</translation>
    </message>
    <message>
        <source>Choose a person to record the projects they have led.</source>
        <translation>Elija una persona para registrar los proyectos que ha dirigido.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>The ledger changed since the plan was made: the plan counts %1 from it, the ledger now adds %2. Re-plan so the dates and the experience steps use the new months.</source>
        <translation>El registro ha cambiado desde que se hizo el plan: el plan cuenta %1 de él y ahora suma %2. Replanifique para que las fechas y los pasos de experiencia usen los meses nuevos.</translation>
    </message>
    <message>
        <source>The project could not be added</source>
        <translation>No se pudo añadir el proyecto</translation>
    </message>
    <message>
        <source>Delete “%1” from the experience ledger?

Its months stop counting toward the PMP. You can undo this.</source>
        <translation>¿Eliminar «%1» del registro de experiencia?

Sus meses dejarán de contar para el PMP. Puede deshacerlo.</translation>
    </message>
    <message>
        <source>The project could not be deleted</source>
        <translation>No se pudo eliminar el proyecto</translation>
    </message>
    <message>
        <source>The plan could not be updated</source>
        <translation>No se pudo actualizar el plan</translation>
    </message>
    <message>
        <source>The experience page could not be updated</source>
        <translation>No se pudo actualizar la página Experiencia</translation>
    </message>
</context>
<context>
    <name>ExperienceStatus</name>
    <message>
        <source>With a secondary diploma, the PMP needs %1 leading projects</source>
        <translation>Con título de secundaria, el PMP pide %1 dirigiendo proyectos</translation>
    </message>
    <message>
        <source>With an associate degree, the PMP needs %1 leading projects</source>
        <translation>Con un título técnico superior, el PMP pide %1 dirigiendo proyectos</translation>
    </message>
    <message>
        <source>With a four-year degree, the PMP needs %1 leading projects</source>
        <translation>Con un grado universitario de cuatro años, el PMP pide %1 dirigiendo proyectos</translation>
    </message>
    <message>
        <source>With a master&apos;s degree, the PMP needs %1 leading projects</source>
        <translation>Con un máster, el PMP pide %1 dirigiendo proyectos</translation>
    </message>
    <message>
        <source>With a doctorate, the PMP needs %1 leading projects</source>
        <translation>Con un doctorado, el PMP pide %1 dirigiendo proyectos</translation>
    </message>
    <message>
        <source>%1 from the profile + %2 from the ledger (distinct months in the last 8 years) = %3</source>
        <translation>%1 del perfil + %2 del registro (meses distintos de los últimos 8 años) = %3</translation>
    </message>
    <message>
        <source>PMP eligibility: reached</source>
        <translation>Admisión al PMP: alcanzada</translation>
    </message>
    <message>
        <source>PMP eligibility: no plan yet</source>
        <translation>Admisión al PMP: aún no hay plan</translation>
    </message>
    <message>
        <source>PMP eligibility from %1 in the plan</source>
        <translation>Admisión al PMP desde el %1 según el plan</translation>
    </message>
    <message>
        <source>%1 leading projects, counted from the plan&apos;s start on %2.</source>
        <translation>%1 dirigiendo proyectos, contados desde el inicio del plan el %2.</translation>
    </message>
    <message>
        <source>; %1 to go</source>
        <translation>; faltan %1</translation>
    </message>
    <message>
        <source> (no education given in the profile, so the stricter rule applies)</source>
        <translation> (no se indica formación en el perfil, así que se aplica la regla más estricta)</translation>
    </message>
    <message>
        <source>%1-hour PM education: met (%2)</source>
        <translation>Formación de %1 horas en dirección de proyectos: cumplida (%2)</translation>
    </message>
    <message>
        <source>%1-hour PM education: met by holding the CAPM</source>
        <translation>Formación de %1 horas en dirección de proyectos: cumplida al tener el CAPM</translation>
    </message>
    <message>
        <source>%1-hour PM education: %2 of %1 hours, %3 to go (or hold the CAPM, which replaces them)</source>
        <translation>Formación de %1 horas en dirección de proyectos: %2 de %1 horas, faltan %3 (o tener el CAPM, que las sustituye)</translation>
    </message>
    <message>
        <source>CAPM: already held</source>
        <translation>CAPM: ya lo tiene</translation>
    </message>
    <message>
        <source>CAPM&apos;s %1 hours: met (%2)</source>
        <translation>Las %1 horas del CAPM: cumplidas (%2)</translation>
    </message>
    <message>
        <source>CAPM&apos;s %1 hours: %2 of %1, %3 to go</source>
        <translation>Las %1 horas del CAPM: %2 de %1, faltan %3</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Career Transition Planner</source>
        <translation>Bienvenido a Career Transition Planner</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>The planner turns where you are today into a dated, costed plan toward project management. Everything stays on this computer; there is no account.</source>
        <translation>El planificador convierte su situación actual en un plan con fechas y costos hacia la gestión de proyectos. Todo se queda en este equipo; no hay cuenta.</translation>
    </message>
    <message>
        <source>How will you use it?</source>
        <translation>¿Cómo lo va a usar?</translation>
    </message>
    <message>
        <source>I&apos;m planning my &amp;own move</source>
        <translation>Planifico mi &amp;propio cambio</translation>
    </message>
    <message>
        <source>I&apos;m a &amp;coach with clients</source>
        <translation>Soy &amp;coach con clientes</translation>
    </message>
    <message>
        <source>One person, one plan: the people list stays out of the way.</source>
        <translation>Una persona, un plan: la lista de personas no estorba.</translation>
    </message>
    <message>
        <source>Many people, with tags, session notes and branded printouts.</source>
        <translation>Muchas personas, con etiquetas, notas de sesión e impresos con su marca.</translation>
    </message>
    <message>
        <source>How would you like to start?</source>
        <translation>¿Cómo quiere empezar?</translation>
    </message>
    <message>
        <source>Start with a &amp;demo person</source>
        <translation>Empezar con una persona de &amp;demostración</translation>
    </message>
    <message>
        <source>Dana, a service delivery manager moving into infrastructure PM: a full plan to explore in seconds. She is tagged &apos;demo&apos;; delete her whenever you like.</source>
        <translation>Dana, responsable de entrega de servicios que pasa a la gestión de proyectos de infraestructura: un plan completo para explorar en segundos. Tiene la etiqueta «demo»; elimínela cuando quiera.</translation>
    </message>
    <message>
        <source>&amp;Set up my profile</source>
        <translation>Con&amp;figurar mi perfil</translation>
    </message>
    <message>
        <source>S&amp;kip for now</source>
        <translation>&amp;Omitir por ahora</translation>
    </message>
    <message>
        <source>Start with an empty list; File › New person adds someone later.</source>
        <translation>Empezar con la lista vacía; Archivo › Nueva persona añade a alguien más tarde.</translation>
    </message>
    <message>
        <source>Add my &amp;first client</source>
        <translation>Añadir mi primer c&amp;liente</translation>
    </message>
    <message>
        <source>A few short questions (about two minutes); everything can be changed later.</source>
        <translation>Unas preguntas breves (unos dos minutos); todo se puede cambiar después.</translation>
    </message>
    <message>
        <source>The planner could not finish setting up</source>
        <translation>El planificador no pudo terminar la configuración</translation>
    </message>
</context>
<context>
    <name>FitCard</name>
    <message>
        <source>Readiness %1% · answer the questionnaire to add your preferences</source>
        <translation>Preparación %1 % · responda al cuestionario para añadir sus preferencias</translation>
    </message>
    <message>
        <source>Readiness %1% · preference %2% (weighted %3/%4)</source>
        <translation>Preparación %1 % · preferencia %2 % (ponderadas %3/%4)</translation>
    </message>
    <message>
        <source>%1 fit</source>
        <translation>Adecuación de %1</translation>
    </message>
    <message>
        <source>%1 status</source>
        <translation>Estado de %1</translation>
    </message>
    <message>
        <source>%1 fit score</source>
        <translation>Puntuación de afinidad de %1</translation>
    </message>
    <message>
        <source>%1 fit score bar</source>
        <translation>Barra de afinidad de %1</translation>
    </message>
    <message>
        <source>Reasons for the %1 score</source>
        <translation>Motivos de la puntuación de %1</translation>
    </message>
    <message>
        <source>Plan for this track</source>
        <translation>Elegir esta</translation>
    </message>
    <message>
        <source>Plan for %1</source>
        <translation>Planificar para %1</translation>
    </message>
    <message>
        <source>Make %1 the target track and re-plan from today</source>
        <translation>Hacer de %1 la orientación objetivo y replanificar desde hoy</translation>
    </message>
    <message>
        <source>★ Your target track</source>
        <translation>★ Su objetivo</translation>
    </message>
    <message>
        <source>Best fit</source>
        <translation>La mejor</translation>
    </message>
    <message>
        <source>Your plan&apos;s track</source>
        <translation>En el plan</translation>
    </message>
    <message>
        <source>%1 of 100.</source>
        <translation>%1 de 100.</translation>
    </message>
</context>
<context>
    <name>FitPage</name>
    <message>
        <source>Questions answered</source>
        <translation>Preguntas respondidas</translation>
    </message>
    <message>
        <source>C&amp;lear answers</source>
        <translation>B&amp;orrar respuestas</translation>
    </message>
    <message>
        <source>Clear questionnaire answers</source>
        <translation>Borrar las respuestas del cuestionario</translation>
    </message>
    <message>
        <source>Q&amp;uestions</source>
        <translation>P&amp;reguntas</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>Fit results</source>
        <translation>Resultados de afinidad</translation>
    </message>
    <message>
        <source>Fit views</source>
        <translation>Vistas de afinidad</translation>
    </message>
    <message>
        <source>Fit &amp;questionnaire</source>
        <translation>C&amp;uestionario</translation>
    </message>
    <message>
        <source>Co&amp;mpare tracks</source>
        <translation>&amp;Comparar orientaciones</translation>
    </message>
    <message>
        <source>Choose a person to answer the questionnaire and compare tracks.</source>
        <translation>Elija una persona para responder al cuestionario y comparar orientaciones.</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 de %2 respondidas</translation>
    </message>
    <message>
        <source>Answer “%1”</source>
        <translation>Responder «%1»</translation>
    </message>
    <message>
        <source>The answer could not be saved</source>
        <translation>No se pudo guardar la respuesta</translation>
    </message>
    <message>
        <source>The answers could not be cleared</source>
        <translation>No se pudieron borrar las respuestas</translation>
    </message>
    <message>
        <source>Plan for %1</source>
        <translation>Planificar para %1</translation>
    </message>
    <message>
        <source>The plan for %1 could not be made</source>
        <translation>No se pudo hacer el plan para %1</translation>
    </message>
    <message>
        <source>Re-planned for %1 from today; the Roadmap and Gaps tabs show it. The earlier plan is kept in the history.</source>
        <translation>Plan rehecho para %1 desde hoy; las pestañas Hoja de ruta y Brechas lo muestran. El plan anterior se conserva en el historial.</translation>
    </message>
    <message>
        <source>The fit could not be updated</source>
        <translation>No se pudo actualizar la afinidad</translation>
    </message>
</context>
<context>
    <name>FitResults</name>
    <message>
        <source>Fit per track</source>
        <translation>Adecuación por orientación</translation>
    </message>
    <message>
        <source>The score blends readiness (how many of the track&apos;s competency targets you already meet, %1%) with your questionnaire answers (%2%). It updates as you answer.</source>
        <translation>La puntuación combina la preparación (cuántos objetivos de competencia de la orientación ya cumple, %1 %) con sus respuestas al cuestionario (%2 %). Se actualiza a medida que responde.</translation>
    </message>
    <message>
        <source>Planning status</source>
        <translation>Estado de la planificación</translation>
    </message>
</context>
<context>
    <name>GanttLegend</name>
    <message>
        <source>Exam date</source>
        <translation>Fecha del examen</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Plan start</source>
        <translation>Inicio del plan</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Saltado</translation>
    </message>
    <message>
        <source>Timeline legend</source>
        <translation>Leyenda del cronograma</translation>
    </message>
    <message>
        <source>Patterns and marks: %1.</source>
        <translation>Tramas y marcas: %1.</translation>
    </message>
</context>
<context>
    <name>GanttWidget</name>
    <message>
        <source>Timeline</source>
        <translation>Cronograma</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation>%1 a %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semana</numerusform>
            <numerusform>%n semanas</numerusform>
        </translation>
    </message>
    <message>
        <source>Week of %1: %2 planned</source>
        <translation>Semana del %1: %2 previstas</translation>
    </message>
    <message>
        <source>exam</source>
        <translation>examen</translation>
    </message>
    <message>
        <source>%1: book by %2, sit by %3</source>
        <translation>%1: reservar antes del %2, presentarse antes del %3</translation>
    </message>
    <message>
        <source>No steps to show.</source>
        <translation>No hay pasos que mostrar.</translation>
    </message>
    <message>
        <source>%1 from %2 to %3; %4 done, %5 in progress; %6; today is %7. Up and Down choose a step; Ctrl+plus and Ctrl+minus zoom; Ctrl+0 fits the plan.</source>
        <translation>%1 del %2 al %3; %4 hechos, %5 en curso; %6; hoy es %7. Flecha arriba y abajo eligen un paso; Ctrl+más y Ctrl+menos cambian el zoom; Ctrl+0 ajusta el plan.</translation>
    </message>
    <message numerus="yes">
        <source>%n exam date(s)</source>
        <translation>
            <numerusform>%n fecha de examen</numerusform>
            <numerusform>%n fechas de examen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n paso</numerusform>
            <numerusform>%n pasos</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected: %1.</source>
        <translation>Seleccionado: %1.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Today · plan start</source>
        <translation>Hoy · inicio del plan</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Plan start</source>
        <translation>Inicio del plan</translation>
    </message>
</context>
<context>
    <name>GapChart</name>
    <message>
        <source>You have</source>
        <translation>Tiene</translation>
    </message>
    <message>
        <source>The plan reaches</source>
        <translation>Con el plan</translation>
    </message>
    <message>
        <source>The track needs</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>met</source>
        <translation>cumplido</translation>
    </message>
    <message>
        <source>plan %1</source>
        <translation>plan %1</translation>
    </message>
    <message>
        <source>Gap chart</source>
        <translation>Gráfico de brechas</translation>
    </message>
    <message>
        <source>%1: you have %2, the track needs %3</source>
        <translation>%1: tiene %2, la orientación necesita %3</translation>
    </message>
    <message>
        <source>, the plan reaches %1</source>
        <translation>, el plan alcanza %1</translation>
    </message>
    <message>
        <source>Gaps to close (%1)</source>
        <translation>Brechas por cerrar (%1)</translation>
    </message>
    <message>
        <source>Already met (%1)</source>
        <translation>Ya cumplidas (%1)</translation>
    </message>
    <message>
        <source>No competencies to show yet.</source>
        <translation>Aún no hay competencias que mostrar.</translation>
    </message>
    <message>
        <source>%1: you have %2, the track needs %3.</source>
        <translation>%1: tiene %2, la orientación necesita %3.</translation>
    </message>
    <message>
        <source>The plan reaches %1.</source>
        <translation>El plan alcanza %1.</translation>
    </message>
    <message>
        <source>Because: %1</source>
        <translation>Porque: %1</translation>
    </message>
</context>
<context>
    <name>GapLegend</name>
    <message>
        <source>Gap chart legend</source>
        <translation>Leyenda del gráfico de brechas</translation>
    </message>
    <message>
        <source>Solid bar: the level you have. Hatched bar: the level the plan reaches. Outline with a tick: the level the track needs.</source>
        <translation>Barra llena: el nivel que tiene. Barra rayada: el nivel que alcanza el plan. Contorno con marca: el nivel que necesita la orientación.</translation>
    </message>
</context>
<context>
    <name>GapsPage</name>
    <message>
        <source>done %1</source>
        <translation>hecho el %1</translation>
    </message>
    <message>
        <source>exam %1</source>
        <translation>examen el %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>antes del %1</translation>
    </message>
    <message>
        <source>You meet every competency target of this track.</source>
        <translation>Cumple todos los objetivos de competencia de esta orientación.</translation>
    </message>
    <message>
        <source>The track&apos;s one competency is below its target; the plan closes %2 of it.</source>
        <translation>La única competencia de la orientación está por debajo del objetivo; el plan cierra %2.</translation>
    </message>
    <message>
        <source>1 of %1 competencies is below the track&apos;s target; the plan closes %2 of them.</source>
        <translation>1 de %1 competencias está por debajo del objetivo de la orientación; el plan cierra %2.</translation>
    </message>
    <message>
        <source>%3 of %1 competencies are below the track&apos;s target; the plan closes %2 of them.</source>
        <translation>%3 de %1 competencias están por debajo del objetivo de la orientación; el plan cierra %2.</translation>
    </message>
    <message>
        <source>Awareness: picked up working alongside the team</source>
        <translation>Nociones: se adquieren trabajando junto al equipo</translation>
    </message>
    <message>
        <source>The plan reaches %1; the rest comes with PM work</source>
        <translation>El plan llega a %1; el resto llega con el trabajo en gestión de proyectos</translation>
    </message>
    <message>
        <source>Comes with project management work</source>
        <translation>Llega con el trabajo en gestión de proyectos</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Trayectoria</translation>
    </message>
    <message>
        <source>Gap summary</source>
        <translation>Resumen de brechas</translation>
    </message>
    <message>
        <source>Gap chart area</source>
        <translation>Zona del gráfico de brechas</translation>
    </message>
    <message>
        <source>Competency, then the steps that raise it</source>
        <translation>Competencia y sus pasos</translation>
    </message>
    <message>
        <source>Level or date</source>
        <translation>Nivel o fecha</translation>
    </message>
    <message>
        <source>Steps that close each gap</source>
        <translation>Pasos que cierran cada brecha</translation>
    </message>
    <message>
        <source>Columns of the steps list</source>
        <translation>Columnas de la lista de pasos</translation>
    </message>
    <message>
        <source>&amp;What closes each gap</source>
        <translation>&amp;Qué cierra cada brecha</translation>
    </message>
    <message>
        <source>Have vs &amp;need per competency, largest gaps first</source>
        <translation>Nivel actual y necesario por &amp;competencia, primero las brechas mayores</translation>
    </message>
    <message>
        <source>Choose a person to see the gaps between where they are and the track.</source>
        <translation>Elija una persona para ver las brechas entre su situación y la orientación.</translation>
    </message>
    <message>
        <source>Gaps for %1</source>
        <translation>Brechas para %1</translation>
    </message>
    <message>
        <source>Have vs &amp;need per competency, largest gaps first. Levels: %1.</source>
        <translation>Nivel actual y necesario por &amp;competencia, primero las brechas mayores. Niveles: %1.</translation>
    </message>
    <message>
        <source>The gaps could not be shown</source>
        <translation>No se pudieron mostrar las brechas</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>name or alias</source>
        <translation>nombre o alias</translation>
    </message>
    <message>
        <source>another form of it</source>
        <translation>otra forma del nombre</translation>
    </message>
    <message>
        <source>close match: check</source>
        <translation>parecido: compruébelo</translation>
    </message>
    <message>
        <source>Import person</source>
        <translation>Importar persona</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>Aún no se ha elegido ningún archivo</translation>
    </message>
    <message>
        <source>Source file or folder</source>
        <translation>Archivo o carpeta de origen</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Elegir &amp;archivo…</translation>
    </message>
    <message>
        <source>Choose a JSON Resume or LinkedIn ZIP file</source>
        <translation>Elegir un archivo JSON Resume o ZIP de LinkedIn</translation>
    </message>
    <message>
        <source>Choose f&amp;older…</source>
        <translation>Elegir &amp;carpeta…</translation>
    </message>
    <message>
        <source>Choose an unzipped LinkedIn export folder</source>
        <translation>Elegir una carpeta de exportación de LinkedIn descomprimida</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Origen:</translation>
    </message>
    <message>
        <source>A JSON Resume file (.json), a LinkedIn “Get a copy of your data” export (.zip), or its unzipped folder. Check what was read below; nothing is saved until you choose Import.</source>
        <translation>Un archivo JSON Resume (.json), una exportación de LinkedIn «Obtener una copia de tus datos» (.zip) o su carpeta descomprimida. Revise abajo lo que se ha leído; no se guarda nada hasta que elija Importar.</translation>
    </message>
    <message>
        <source>Choose a file or folder to see what will be imported.</source>
        <translation>Elija un archivo o carpeta para ver qué se importará.</translation>
    </message>
    <message>
        <source>Import status and warnings</source>
        <translation>Estado de la importación y avisos</translation>
    </message>
    <message>
        <source>What will be imported</source>
        <translation>Qué se importará</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Perfil</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>En el archivo</translation>
    </message>
    <message>
        <source>Saved as</source>
        <translation>Se guarda como</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>Emparejado por</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Obtenida</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>S&amp;kills</source>
        <translation>&amp;Habilidades</translation>
    </message>
    <message>
        <source>&amp;Credentials</source>
        <translation>C&amp;redenciales</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import this person</source>
        <translation>Importar esta persona</translation>
    </message>
    <message>
        <source>Nothing to review yet: choose a file or folder above.</source>
        <translation>Aún no hay nada que revisar: elija un archivo o carpeta arriba.</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>Not in the file: 5 assumed. How many hours a week can you give?</source>
        <translation>No está en el archivo: se suponen 5. ¿Cuántas horas semanales puede dedicar?</translation>
    </message>
    <message>
        <source>Positions that suggest leading projects</source>
        <translation>Puestos que indican dirección de proyectos</translation>
    </message>
    <message>
        <source>Record these positions as dated projects in the experience &amp;ledger</source>
        <translation>Registrar estos puestos como proyectos &amp;fechados en el registro de experiencia</translation>
    </message>
    <message>
        <source>The ledger keeps the dates, so PMI&apos;s 8-year window moves with time; the months then come from the ledger instead of the number above.</source>
        <translation>El registro conserva las fechas, así que la ventana de 8 años del PMI avanza con el tiempo; los meses salen entonces del registro y no de la cifra de arriba.</translation>
    </message>
    <message>
        <source>comma-separated, e.g. cohort-3, imported</source>
        <translation>separadas por comas, p. ej., cohorte-3, importado</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Current &amp;role:</source>
        <translation>P&amp;uesto actual:</translation>
    </message>
    <message>
        <source>&amp;Years of experience:</source>
        <translation>Años de e&amp;xperiencia:</translation>
    </message>
    <message>
        <source>&amp;Education:</source>
        <translation>&amp;Estudios:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Re&amp;gión:</translation>
    </message>
    <message>
        <source>&amp;Hours a week:</source>
        <translation>Horas &amp;semanales:</translation>
    </message>
    <message>
        <source>&amp;Months leading projects:</source>
        <translation>&amp;Meses dirigiendo proyectos:</translation>
    </message>
    <message>
        <source>E&amp;vidence:</source>
        <translation>E&amp;videncias:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>E&amp;tiquetas:</translation>
    </message>
    <message>
        <source>Import person from a file</source>
        <translation>Importar persona desde un archivo</translation>
    </message>
    <message>
        <source>JSON Resume or LinkedIn export (*.json *.zip);;All files (*)</source>
        <translation>JSON Resume o exportación de LinkedIn (*.json *.zip);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import person from an unzipped LinkedIn export</source>
        <translation>Importar persona desde una exportación de LinkedIn descomprimida</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>This cannot be imported: %1</source>
        <translation>No se puede importar: %1</translation>
    </message>
    <message>
        <source>%1: check the fields, then choose Import.</source>
        <translation>%1: revise los campos y elija Importar.</translation>
    </message>
    <message>
        <source>From “%1”.</source>
        <translation>A partir de «%1».</translation>
    </message>
    <message>
        <source>Nothing in the file suggests leading projects: 0 assumed.</source>
        <translation>Nada en el archivo indica dirección de proyectos: se suponen 0.</translation>
    </message>
    <message>
        <source>Estimated %1 from the ticked positions below (the last 8 years, as PMI counts them). Please check it.</source>
        <translation>Estimado en %1 a partir de los puestos marcados abajo (los últimos 8 años, como cuenta el PMI). Compruébelo.</translation>
    </message>
    <message>
        <source>%1 (not in the catalog)</source>
        <translation>%1 (no está en el catálogo)</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>sin coincidencia</translation>
    </message>
    <message>
        <source>Level for %1</source>
        <translation>Nivel de %1</translation>
    </message>
    <message>
        <source>S&amp;kills (%1 of %2)</source>
        <translation>&amp;Habilidades (%1 de %2)</translation>
    </message>
    <message>
        <source>%1 (kept as written)</source>
        <translation>%1 (se conserva tal cual)</translation>
    </message>
    <message>
        <source>not in the catalog</source>
        <translation>no está en el catálogo</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <source>&amp;Credentials (%1)</source>
        <translation>C&amp;redenciales (%1)</translation>
    </message>
    <message>
        <source>Counted from the dated projects in the ledger (the ticked positions below).</source>
        <translation>Contado a partir de los proyectos con fecha del registro (los puestos marcados abajo).</translation>
    </message>
    <message>
        <source>The person could not be imported</source>
        <translation>No se pudo importar la persona</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>%1 importado</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System (%1)</source>
        <translation>Sistema (%1)</translation>
    </message>
</context>
<context>
    <name>LedgerEditor</name>
    <message>
        <source>Add project “%1”</source>
        <translation>Añadir el proyecto «%1»</translation>
    </message>
    <message>
        <source>Delete project “%1”</source>
        <translation>Eliminar el proyecto «%1»</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Meses</translation>
    </message>
    <message>
        <source>Months this project counts; overlapping projects count once in the total</source>
        <translation>Meses que cuenta este proyecto; los proyectos solapados cuentan una sola vez en el total</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>en curso</translation>
    </message>
</context>
<context>
    <name>LevelDelegate</name>
    <message>
        <source>Skill level</source>
        <translation>Nivel de la habilidad</translation>
    </message>
</context>
<context>
    <name>LimitsPage</name>
    <message>
        <source>Time, money and direction</source>
        <translation>Tiempo, dinero y orientación</translation>
    </message>
    <message>
        <source>The plan never asks for more hours a week than this.</source>
        <translation>El plan nunca pide más horas semanales que estas.</translation>
    </message>
    <message>
        <source> h a week</source>
        <translation> h/semana</translation>
    </message>
    <message>
        <source>&amp;Hours per week</source>
        <translation>&amp;Horas semanales</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>No budget limit</source>
        <translation>Sin límite de presupuesto</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>&amp;Presupuesto</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;Moneda</translation>
    </message>
    <message>
        <source>Target trac&amp;k</source>
        <translation>&amp;Orientación objetivo</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Plan not available</source>
        <translation>Plan no disponible</translation>
    </message>
    <message>
        <source>Career Transition Planner</source>
        <translation>Career Transition Planner</translation>
    </message>
    <message>
        <source>Person pages</source>
        <translation>Páginas de la persona</translation>
    </message>
    <message>
        <source>Add a person, or choose one from the list, to start planning.</source>
        <translation>Añada una persona o elija una de la lista para empezar a planificar.</translation>
    </message>
    <message>
        <source>Plan summary</source>
        <translation>Resumen del plan</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Todos los cambios guardados</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Nueva persona…</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Añadir una persona</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Every change is saved as you make it; Save also writes a backup</source>
        <translation>Cada cambio se guarda al hacerlo; Guardar además crea una copia de seguridad</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Find person</source>
        <translation>&amp;Buscar persona</translation>
    </message>
    <message>
        <source>&amp;Re-plan from today</source>
        <translation>&amp;Replanificar desde hoy</translation>
    </message>
    <message>
        <source>Keep what is done and move everything else forward from today</source>
        <translation>Conserva lo hecho y replanifica todo lo demás desde hoy</translation>
    </message>
    <message>
        <source>&amp;Delete person…</source>
        <translation>&amp;Eliminar persona…</translation>
    </message>
    <message>
        <source>&amp;People list</source>
        <translation>&amp;Lista de personas</translation>
    </message>
    <message>
        <source>&amp;About Career Transition Planner</source>
        <translation>&amp;Acerca de Career Transition Planner</translation>
    </message>
    <message>
        <source>The %1 page could not save</source>
        <translation>La página %1 no pudo guardar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Persona</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>The person could not be added</source>
        <translation>No se pudo añadir la persona</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Eliminar persona</translation>
    </message>
    <message>
        <source>Erase %1 and everything about them (plans, progress, notes, ledger)?

They are also removed from the automatic backups, so this cannot be undone.</source>
        <translation>¿Borrar a %1 y todo lo que le concierne (planes, progreso, notas, registro)?

También se elimina de las copias de seguridad automáticas, así que no se puede deshacer.</translation>
    </message>
    <message>
        <source>The person could not be deleted</source>
        <translation>No se pudo eliminar la persona</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %1 (and from %n backup(s))</source>
        <translation>
            <numerusform>%1 eliminado (también de %n copia de seguridad)</numerusform>
            <numerusform>%1 eliminado (también de %n copias de seguridad)</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>%1 eliminado</translation>
    </message>
    <message>
        <source>The plan could not be updated</source>
        <translation>No se pudo actualizar el plan</translation>
    </message>
    <message>
        <source>Re-planned from today; the earlier plan is in the history</source>
        <translation>Plan rehecho desde hoy; el anterior está en el historial</translation>
    </message>
    <message>
        <source>The backup could not be written</source>
        <translation>No se pudo escribir la copia de seguridad</translation>
    </message>
    <message>
        <source>All changes are saved; backup written to %1</source>
        <translation>Todos los cambios están guardados; copia de seguridad escrita en %1</translation>
    </message>
    <message>
        <source>Open planner database</source>
        <translation>Abrir base de datos del planificador</translation>
    </message>
    <message>
        <source>Planner databases (*.db);;All files (*)</source>
        <translation>Bases de datos del planificador (*.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The database could not be opened</source>
        <translation>No se pudo abrir la base de datos</translation>
    </message>
    <message>
        <source>The %1 page could not load</source>
        <translation>La página %1 no pudo cargarse</translation>
    </message>
    <message>
        <source>no budget set</source>
        <translation>sin presupuesto fijado</translation>
    </message>
    <message>
        <source>budget %1</source>
        <translation>presupuesto %1</translation>
    </message>
    <message numerus="yes">
        <source>+ %n unknown</source>
        <translation>
            <numerusform>+ %n desconocido</numerusform>
            <numerusform>+ %n desconocidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish %1</source>
        <translation>Fin %1</translation>
    </message>
    <message>
        <source>OVER BUDGET</source>
        <translation>SUPERA EL PRESUPUESTO</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Sin guardar: %1</translation>
    </message>
    <message>
        <source>&amp;Coach settings…</source>
        <translation>Ajustes del &amp;coach…</translation>
    </message>
    <message>
        <source>Name, organisation and logo for printouts; plan currency; mode</source>
        <translation>Nombre, organización y logotipo para las impresiones; moneda del plan; modo</translation>
    </message>
    <message>
        <source>Country &amp;packs…</source>
        <translation>&amp;Paquetes de país…</translation>
    </message>
    <message>
        <source>The country packs in use; import your own after a preview, or remove it</source>
        <translation>Los paquetes de país en uso; importe el suyo tras una vista previa o quítelo</translation>
    </message>
    <message>
        <source>&amp;Import person…</source>
        <translation>&amp;Importar persona…</translation>
    </message>
    <message>
        <source>Add a person from a JSON Resume or a LinkedIn data export, after a review</source>
        <translation>Añadir una persona desde un JSON Resume o una exportación de datos de LinkedIn, tras revisarla</translation>
    </message>
    <message>
        <source>Import client &amp;list…</source>
        <translation>Importar &amp;lista de clientes…</translation>
    </message>
    <message>
        <source>Add everyone in a CSV or Excel client list at once, after a preview</source>
        <translation>Añadir de una vez a todas las personas de una lista de clientes CSV o Excel, tras una vista previa</translation>
    </message>
    <message>
        <source>Find a &amp;niche from job ads…</source>
        <translation>Buscar &amp;nicho en ofertas de empleo…</translation>
    </message>
    <message>
        <source>Paste local job ads and rank niches by local demand and your fit</source>
        <translation>Pegar ofertas de empleo locales y ordenar los nichos por demanda local y por su afinidad</translation>
    </message>
    <message>
        <source>Find a niche from local job ads</source>
        <translation>Buscar un nicho en ofertas de empleo locales</translation>
    </message>
    <message>
        <source>Plan &amp;history…</source>
        <translation>&amp;Historial de planes…</translation>
    </message>
    <message>
        <source>Every saved plan of this person: compare two, or make an earlier one current</source>
        <translation>Todos los planes guardados de esta persona: compare dos o vuelva a activar uno anterior</translation>
    </message>
    <message>
        <source>&amp;What if…</source>
        <translation>¿&amp;Y si…?</translation>
    </message>
    <message>
        <source>Compare up to three variants of the plan (hours, budget, track, steps); keep one</source>
        <translation>Comparar hasta tres variantes del plan (horas, presupuesto, trayectoria, pasos) y quedarse con una</translation>
    </message>
</context>
<context>
    <name>NicheCard</name>
    <message>
        <source>Score %1 of 100.</source>
        <translation>Puntuación %1 de 100.</translation>
    </message>
    <message>
        <source>   ★ Your niche</source>
        <translation>   ★ Su nicho</translation>
    </message>
    <message>
        <source>%1 score bar</source>
        <translation>Barra de puntuación de %1</translation>
    </message>
    <message>
        <source>%1 score</source>
        <translation>Puntuación de %1</translation>
    </message>
    <message>
        <source>Demand %1% · fit %2%</source>
        <translation>Demanda %1 % · afinidad %2 %</translation>
    </message>
    <message>
        <source>Your niche</source>
        <translation>Su nicho</translation>
    </message>
    <message>
        <source>Choose this niche</source>
        <translation>Elegir este nicho</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation>Elegir %1</translation>
    </message>
    <message>
        <source>Make %1 the person&apos;s niche and re-plan from today</source>
        <translation>Hacer de %1 el nicho de la persona y replanificar desde hoy</translation>
    </message>
</context>
<context>
    <name>NicheFinderDialog</name>
    <message>
        <source>Certification</source>
        <translation>Certificación</translation>
    </message>
    <message>
        <source>Tool (O*NET)</source>
        <translation>Herramienta (O*NET)</translation>
    </message>
    <message>
        <source>Job-ad word</source>
        <translation>Término de las ofertas</translation>
    </message>
    <message>
        <source>Paste job ads from your area on the left, or load text files, then choose Find niches.</source>
        <translation>Pegue a la izquierda ofertas de empleo de su zona o cargue archivos de texto y, después, elija «Buscar nichos».</translation>
    </message>
    <message>
        <source>Find a niche from job ads</source>
        <translation>Encontrar un nicho a partir de ofertas de empleo</translation>
    </message>
    <message>
        <source>Job ads</source>
        <translation>Ofertas de empleo</translation>
    </message>
    <message>
        <source>Separate ads with a line of --- or two blank lines</source>
        <translation>Separe las ofertas con una línea de --- o dos líneas en blanco</translation>
    </message>
    <message>
        <source>Paste one or more job ads here.

Separate ads with a line of ---
or two blank lines.</source>
        <translation>Pegue aquí una o varias ofertas de empleo.

Separe las ofertas con una línea de ---
o dos líneas en blanco.</translation>
    </message>
    <message>
        <source>&amp;Job ads from your area</source>
        <translation>&amp;Ofertas de empleo de su zona</translation>
    </message>
    <message>
        <source>Number of ads</source>
        <translation>Número de ofertas</translation>
    </message>
    <message>
        <source>&amp;Load files…</source>
        <translation>&amp;Cargar archivos…</translation>
    </message>
    <message>
        <source>Load job ads from text files</source>
        <translation>Cargar ofertas de empleo desde archivos de texto</translation>
    </message>
    <message>
        <source>Clea&amp;r</source>
        <translation>&amp;Vaciar</translation>
    </message>
    <message>
        <source>Clear the job ads</source>
        <translation>Vaciar las ofertas de empleo</translation>
    </message>
    <message>
        <source>&amp;Find niches</source>
        <translation>&amp;Buscar nichos</translation>
    </message>
    <message>
        <source>Find niches</source>
        <translation>Buscar nichos</translation>
    </message>
    <message>
        <source>Niche finder status</source>
        <translation>Estado del buscador de nichos</translation>
    </message>
    <message>
        <source>How the score works</source>
        <translation>Cómo se calcula la puntuación</translation>
    </message>
    <message>
        <source>Ranked niches</source>
        <translation>Nichos clasificados</translation>
    </message>
    <message>
        <source>In-demand terms</source>
        <translation>Términos demandados</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Término</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Ads</source>
        <translation>Ofertas</translation>
    </message>
    <message>
        <source>Niches</source>
        <translation>Nichos</translation>
    </message>
    <message>
        <source>How terms are found</source>
        <translation>Cómo se encuentran los términos</translation>
    </message>
    <message>
        <source>Ranked &amp;niches</source>
        <translation>&amp;Nichos clasificados</translation>
    </message>
    <message>
        <source>In-demand &amp;terms</source>
        <translation>&amp;Términos demandados</translation>
    </message>
    <message>
        <source>Tool names come from the O*NET hot technologies.</source>
        <translation>Los nombres de herramientas proceden de las «hot technologies» de O*NET.</translation>
    </message>
    <message>
        <source>O*NET attribution</source>
        <translation>Atribución de O*NET</translation>
    </message>
    <message>
        <source>Load job ads</source>
        <translation>Cargar ofertas de empleo</translation>
    </message>
    <message>
        <source>Text files (*.txt *.text *.md);;All (*)</source>
        <translation>Archivos de texto (*.txt *.text *.md);;Todos (*)</translation>
    </message>
    <message>
        <source>The ads could not be loaded</source>
        <translation>No se pudieron cargar las ofertas</translation>
    </message>
    <message>
        <source>Too long: the limit is %1 MB of text</source>
        <translation>Demasiado largo: el límite es de %1 MB de texto</translation>
    </message>
    <message numerus="yes">
        <source>%n ad(s)</source>
        <translation>
            <numerusform>%n oferta</numerusform>
            <numerusform>%n ofertas</numerusform>
        </translation>
    </message>
    <message>
        <source>No ads yet</source>
        <translation>Aún no hay ofertas</translation>
    </message>
    <message>
        <source>Choose a person first.</source>
        <translation>Elija primero una persona.</translation>
    </message>
    <message>
        <source>The person could not be read</source>
        <translation>No se pudo leer la persona</translation>
    </message>
    <message>
        <source>Reading the ads…</source>
        <translation>Leyendo las ofertas…</translation>
    </message>
    <message>
        <source>The ads could not be analysed.</source>
        <translation>No se pudieron analizar las ofertas.</translation>
    </message>
    <message>
        <source>The ads could not be analysed</source>
        <translation>No se pudieron analizar las ofertas</translation>
    </message>
    <message numerus="yes">
        <source>%n ad(s) read: niches ranked by demand and your fit.</source>
        <translation>
            <numerusform>%n oferta leída: nichos ordenados por demanda y por su afinidad.</numerusform>
            <numerusform>%n ofertas leídas: nichos ordenados por demanda y por su afinidad.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Habilidad</translation>
    </message>
    <message>
        <source>— no niche</source>
        <translation>— ningún nicho</translation>
    </message>
    <message>
        <source>Asked for in the ads, but part of no niche</source>
        <translation>Se pide en las ofertas, pero no pertenece a ningún nicho</translation>
    </message>
    <message>
        <source>O*NET: </source>
        <translation>O*NET: </translation>
    </message>
    <message>
        <source>In-demand &amp;terms (%1)</source>
        <translation>&amp;Términos demandados (%1)</translation>
    </message>
    <message>
        <source>Choose niche %1</source>
        <translation>Elegir el nicho %1</translation>
    </message>
    <message>
        <source>The niche could not be chosen</source>
        <translation>No se pudo elegir el nicho</translation>
    </message>
    <message>
        <source>%1 is now the niche; the plan was re-planned from today.</source>
        <translation>%1 es ahora el nicho; el plan se ha rehecho desde hoy.</translation>
    </message>
</context>
<context>
    <name>NoteEditorPane</name>
    <message>
        <source>Note editor</source>
        <translation>Editor de notas</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>Edición</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Texto de la nota</translation>
    </message>
    <message>
        <source>Write what was discussed, decided and agreed…</source>
        <translation>Escriba lo que se habló, decidió y acordó…</translation>
    </message>
    <message>
        <source>Save n&amp;ote</source>
        <translation>&amp;Guardar nota</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Guardar nota</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Eliminar nota</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>Fe&amp;cha</translation>
    </message>
    <message>
        <source>Note &amp;text</source>
        <translation>&amp;Texto de la nota</translation>
    </message>
</context>
<context>
    <name>NotesEditor</name>
    <message>
        <source>Add note of %1</source>
        <translation>Añadir la nota del %1</translation>
    </message>
    <message>
        <source>Edit note of %1</source>
        <translation>Editar la nota del %1</translation>
    </message>
    <message>
        <source>Delete note of %1</source>
        <translation>Eliminar la nota del %1</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <source>Notes, newest first</source>
        <translation>Notas, las más recientes primero</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Eliminar nota</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>Buscar en las notas</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>B&amp;uscar</translation>
    </message>
    <message>
        <source>Every word must appear; the start of the last word is enough</source>
        <translation>Deben aparecer todas las palabras; de la última basta el principio</translation>
    </message>
    <message>
        <source>Number of notes</source>
        <translation>Número de notas</translation>
    </message>
    <message>
        <source>Choose a person to keep notes about them.</source>
        <translation>Elija una persona para tomar notas sobre ella.</translation>
    </message>
    <message>
        <source>Session notes</source>
        <translation>Notas de sesión</translation>
    </message>
    <message>
        <source>Ne&amp;w session note</source>
        <translation>Nueva n&amp;ota de sesión</translation>
    </message>
    <message>
        <source>New session note</source>
        <translation>Nueva nota de sesión</translation>
    </message>
    <message>
        <source>Search session notes</source>
        <translation>Buscar en las notas de sesión</translation>
    </message>
    <message>
        <source>No session note matches “%1”.</source>
        <translation>Ninguna nota de sesión coincide con «%1».</translation>
    </message>
    <message>
        <source>No session notes yet. Write one on the right: it is saved when you press Save note or move on.</source>
        <translation>Aún no hay notas de sesión. Escriba una a la derecha: se guarda al pulsar Guardar nota o al pasar a otra cosa.</translation>
    </message>
    <message>
        <source>the session note being written</source>
        <translation>la nota de sesión que se está escribiendo</translation>
    </message>
    <message>
        <source>Session note of %1</source>
        <translation>Nota de sesión del %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Ne&amp;w note</source>
        <translation>Nueva n&amp;ota</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nueva nota</translation>
    </message>
    <message>
        <source>No note matches “%1”.</source>
        <translation>Ninguna nota coincide con «%1».</translation>
    </message>
    <message>
        <source>No notes yet. Write one on the right: it is saved when you press Save note or move on.</source>
        <translation>Aún no hay notas. Escriba una a la derecha: se guarda al pulsar Guardar nota o al pasar a otra cosa.</translation>
    </message>
    <message>
        <source>the note being written</source>
        <translation>la nota que se está escribiendo</translation>
    </message>
    <message>
        <source>Note of %1</source>
        <translation>Nota del %1</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>1 of %n note(s) matches</source>
        <translation>
            <numerusform>1 de %n nota coincide</numerusform>
            <numerusform>1 de %n notas coincide</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n note(s) match</source>
        <translation>
            <numerusform>%1 de %n nota coinciden</numerusform>
            <numerusform>%1 de %n notas coinciden</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved yet: saved when you press Save note or move on</source>
        <translation>Aún sin guardar: se guarda al pulsar Guardar nota o al pasar a otra cosa</translation>
    </message>
    <message>
        <source>Start typing to write a new note.</source>
        <translation>Empiece a escribir para crear una nota nueva.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
    <message>
        <source>A note needs some text. To remove the note, use Delete.</source>
        <translation>Una nota necesita texto. Para quitarla, use Eliminar.</translation>
    </message>
    <message>
        <source>The note could not be saved</source>
        <translation>No se pudo guardar la nota</translation>
    </message>
    <message>
        <source>Not saved: %1. Press Save note to try again.</source>
        <translation>Sin guardar: %1. Pulse Guardar nota para intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>Delete the note of %1? You can undo this.</source>
        <translation>¿Eliminar la nota del %1? Puede deshacerlo.</translation>
    </message>
    <message>
        <source>The note could not be deleted</source>
        <translation>No se pudo eliminar la nota</translation>
    </message>
</context>
<context>
    <name>OutputController</name>
    <message>
        <source>&amp;Export plan as PDF…</source>
        <translation>E&amp;xportar plan en PDF…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>Export plan as PDF</source>
        <translation>Exportar plan en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n page(s) to %1</source>
        <translation>
            <numerusform>%n página exportada a %1</numerusform>
            <numerusform>%n páginas exportadas a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(the plan is out of date: re-plan on the Roadmap page to update it)</source>
        <translation>(el plan está desactualizado: replanifique en la página Hoja de ruta para actualizarlo)</translation>
    </message>
    <message>
        <source>Some characters could not be shown</source>
        <translation>Algunos caracteres no se pueden mostrar</translation>
    </message>
    <message>
        <source>The PDF was written, but no installed font has these characters, so they appear as a replacement mark: %1</source>
        <translation>El PDF se ha escrito, pero ninguna fuente instalada tiene estos caracteres, así que aparecen como un signo de sustitución: %1</translation>
    </message>
    <message>
        <source>The plan could not be exported</source>
        <translation>No se pudo exportar el plan</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Escribiendo el PDF…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written</source>
        <translation>Exportación cancelada; no se ha escrito ningún archivo</translation>
    </message>
    <message>
        <source>The plan was sent to the printer</source>
        <translation>El plan se ha enviado a la impresora</translation>
    </message>
    <message>
        <source>Exported the plan to %1</source>
        <translation>Plan exportado a %1</translation>
    </message>
</context>
<context>
    <name>PackPreviewDialog</name>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Nothing is changed until you confirm. Progress is kept by step id, so removing or replacing a pack never loses what a person has done.</source>
        <translation>No se cambia nada hasta que lo confirme. El progreso se guarda por id de paso, así que quitar o sustituir un paquete nunca pierde lo que una persona ha hecho.</translation>
    </message>
</context>
<context>
    <name>PageStrip</name>
    <message>
        <source>PDF pages</source>
        <translation>Páginas del PDF</translation>
    </message>
    <message>
        <source>Page %1…</source>
        <translation>Página %1…</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>E&amp;xperience</source>
        <translation>E&amp;xperiencia</translation>
    </message>
    <message>
        <source>F&amp;it</source>
        <translation>A&amp;finidad</translation>
    </message>
    <message>
        <source>&amp;Gaps</source>
        <translation>&amp;Brechas</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Perfil</translation>
    </message>
    <message>
        <source>&amp;Roadmap</source>
        <translation>&amp;Hoja de ruta</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Print preview — %1</source>
        <translation>Vista previa de impresión — %1</translation>
    </message>
    <message>
        <source>Preview of the printed plan</source>
        <translation>Vista previa del plan impreso</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Número de página</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>&amp;Fit width</source>
        <translation>Ajustar al anc&amp;ho</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>E&amp;xportar PDF…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>No pages</source>
        <translation>No hay páginas</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Next milestone</source>
        <translation>Próximo hito</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasados</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Última sesión</translation>
    </message>
    <message>
        <source>Ready to apply</source>
        <translation>Listo para postularse</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Recently changed</source>
        <translation>Cambiados recientemente</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Más recientes</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Orientación</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Next milestone</source>
        <translation>Próximo hito</translation>
    </message>
    <message>
        <source>Most overdue</source>
        <translation>Más atrasados</translation>
    </message>
    <message>
        <source>Longest without a session</source>
        <translation>Más tiempo sin sesión</translation>
    </message>
    <message>
        <source>Ready to apply</source>
        <translation>Listo para postularse</translation>
    </message>
    <message>
        <source>Budget verdict</source>
        <translation>Valoración del presupuesto</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Overdue steps</source>
        <translation>Pasos atrasados</translation>
    </message>
    <message>
        <source>Exam in 30 days</source>
        <translation>Examen en 30 días</translation>
    </message>
    <message>
        <source>No session in 60 days</source>
        <translation>Sin sesión en 60 días</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Search names, roles, tags, notes</source>
        <translation>Buscar nombres, puestos, etiquetas, notas</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Buscar personas</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Filtrar por etiqueta</translation>
    </message>
    <message>
        <source>Sort people</source>
        <translation>Ordenar personas</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>People list</source>
        <translation>Lista de personas</translation>
    </message>
    <message>
        <source>People list columns: click one to sort by it</source>
        <translation>Columnas de la lista de personas: haga clic en una para ordenar</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>&amp;Añadir persona</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Añadir persona</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Eliminar persona</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Abriendo la base de datos…</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n person(s)</source>
        <translation>
            <numerusform>%1 de %n persona</numerusform>
            <numerusform>%1 de %n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonSession</name>
    <message>
        <source>Edit profile</source>
        <translation>Editar perfil</translation>
    </message>
    <message>
        <source>Edit tags</source>
        <translation>Editar etiquetas</translation>
    </message>
    <message>
        <source>Mark %1 as “%2”</source>
        <translation>Marcar %1 como «%2»</translation>
    </message>
    <message>
        <source>Use what-if: %1</source>
        <translation>Aplicar variante: %1</translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <source>The progress could not be saved</source>
        <translation>No se pudo guardar el progreso</translation>
    </message>
    <message>
        <source>Marked “%1” as %2. Ctrl+Z undoes it.</source>
        <translation>«%1» marcado como %2. Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>Marked “%1” as %2 on %3. Ctrl+Z undoes it.</source>
        <translation>«%1» marcado como %2 el %3. Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>“%1” stays: the plan cannot reach its goal without it (see Why). Nothing was changed.</source>
        <translation>«%1» se queda: sin él el plan no alcanza su objetivo (ver Por qué). No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Leave out %1</source>
        <translation>Omitir %1</translation>
    </message>
    <message>
        <source>The step could not be left out</source>
        <translation>No se pudo omitir el paso</translation>
    </message>
    <message>
        <source>Left out “%1” and re-planned from today. Ctrl+Z brings it back.</source>
        <translation>«%1» omitido y plan rehecho desde hoy. Ctrl+Z lo recupera.</translation>
    </message>
    <message>
        <source>Pin %1</source>
        <translation>Fijar %1</translation>
    </message>
    <message>
        <source>The step could not be pinned</source>
        <translation>No se pudo fijar el paso</translation>
    </message>
    <message>
        <source>Pinned “%1” and re-planned from today. Ctrl+Z undoes it.</source>
        <translation>«%1» fijado y plan rehecho desde hoy. Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>Unpin %1</source>
        <translation>Soltar %1</translation>
    </message>
    <message>
        <source>The step could not be unpinned</source>
        <translation>No se pudo soltar el paso</translation>
    </message>
    <message>
        <source>Unpinned “%1” and re-planned from today. Ctrl+Z undoes it.</source>
        <translation>«%1» soltado y plan rehecho desde hoy. Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>Pinned “%1”, but the planner could not place it (see the notes).</source>
        <translation>«%1» fijado, pero el planificador no ha podido colocarlo (ver las notas).</translation>
    </message>
    <message>
        <source>Left out · %1</source>
        <translation>Omitido · %1</translation>
    </message>
    <message>
        <source>Skipped · %1</source>
        <translation>Saltado · %1</translation>
    </message>
    <message>
        <source>Nothing was left out or skipped: every step is in the plan.</source>
        <translation>No hay nada omitido ni saltado: todos los pasos están en el plan.</translation>
    </message>
    <message>
        <source>Bring a step back</source>
        <translation>Recuperar un paso</translation>
    </message>
    <message>
        <source>Choose a step you left out or skipped; the plan is made again from today with it.</source>
        <translation>Elija un paso omitido o saltado; el plan se rehace desde hoy con él.</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <source>Bring back %1</source>
        <translation>Recuperar %1</translation>
    </message>
    <message>
        <source>Unskip %1</source>
        <translation>Dejar de saltar %1</translation>
    </message>
    <message>
        <source>The step could not be brought back</source>
        <translation>No se pudo recuperar el paso</translation>
    </message>
    <message>
        <source>Brought back “%1” and re-planned from today. Ctrl+Z undoes it.</source>
        <translation>«%1» recuperado y plan rehecho desde hoy. Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>The plan could not be updated</source>
        <translation>No se pudo actualizar el plan</translation>
    </message>
    <message>
        <source>Re-planned from today; the earlier plan is kept in the history.</source>
        <translation>Plan rehecho desde hoy; el anterior se conserva en el historial.</translation>
    </message>
</context>
<context>
    <name>PlanHistoryDialog</name>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Orientación</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>Plan history — %1</source>
        <translation>Historial de planes — %1</translation>
    </message>
    <message>
        <source>Saved plans, newest first</source>
        <translation>Planes guardados, los más recientes primero</translation>
    </message>
    <message>
        <source>What changed between the two plans</source>
        <translation>Qué ha cambiado entre los dos planes</translation>
    </message>
    <message>
        <source>Select two plans to compare them (Ctrl+click); select one to make it current again. Nothing is ever removed from the history.</source>
        <translation>Seleccione dos planes para compararlos (Ctrl+clic) o uno para volver a hacerlo actual. Nunca se elimina nada del historial.</translation>
    </message>
    <message>
        <source>Make &amp;current</source>
        <translation>&amp;Hacer actual</translation>
    </message>
    <message>
        <source>first plan</source>
        <translation>primer plan</translation>
    </message>
    <message>
        <source>re-plan from today</source>
        <translation>replanificado desde hoy</translation>
    </message>
    <message>
        <source>current plan, kept after a bundle import</source>
        <translation>plan actual, conservado tras importar un paquete</translation>
    </message>
    <message>
        <source>what-if chosen: %1</source>
        <translation>variante elegida: %1</translation>
    </message>
    <message>
        <source>what-if undone: %1</source>
        <translation>variante deshecha: %1</translation>
    </message>
    <message>
        <source>what-if: %1</source>
        <translation>variante: %1</translation>
    </message>
    <message>
        <source>plan %1 of %2 restored on %3</source>
        <translation>plan %1 del %2 restaurado el %3</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (actual)</translation>
    </message>
    <message>
        <source>Select two plans to see what changed between them.</source>
        <translation>Seleccione dos planes para ver qué ha cambiado entre ellos.</translation>
    </message>
    <message>
        <source>Only one plan so far: re-plan or mark progress to see changes here.</source>
        <translation>De momento solo hay un plan: replanifique o registre progreso para ver cambios aquí.</translation>
    </message>
    <message>
        <source>Plan %1 -&gt; plan %2</source>
        <translation>Plan %1 -&gt; plan %2</translation>
    </message>
    <message>
        <source>The plan could not be made current</source>
        <translation>No se pudo hacer actual el plan</translation>
    </message>
    <message>
        <source>Plan %1 is current again (saved as plan %2)</source>
        <translation>El plan %1 vuelve a ser el actual (guardado como plan %2)</translation>
    </message>
</context>
<context>
    <name>PriceConfidence</name>
    <message>
        <source>issuer&apos;s own page</source>
        <translation>página del propio emisor</translation>
    </message>
    <message>
        <source>two sources agree</source>
        <translation>dos fuentes coinciden</translation>
    </message>
    <message>
        <source>single source</source>
        <translation>una sola fuente</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>sin verificar</translation>
    </message>
    <message>
        <source>your own price</source>
        <translation>su propio precio</translation>
    </message>
</context>
<context>
    <name>PriceDialog</name>
    <message>
        <source>Your price</source>
        <translation>Su precio</translation>
    </message>
    <message>
        <source>Catalog item</source>
        <translation>Elemento del catálogo</translation>
    </message>
    <message>
        <source>No price yet (check with issuer)</source>
        <translation>Aún sin precio (consultar con el emisor)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>e.g. partner voucher, valid to June</source>
        <translation>p. ej., cupón de socio, válido hasta junio</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>&amp;Elemento:</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>&amp;Precio:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Choose an item from the catalog list.</source>
        <translation>Elija un elemento de la lista del catálogo.</translation>
    </message>
</context>
<context>
    <name>PricesTab</name>
    <message>
        <source>not in the catalog</source>
        <translation>no está en el catálogo</translation>
    </message>
</context>
<context>
    <name>ProfileChecks</name>
    <message>
        <source>A name is needed (a first name or a nickname is enough).</source>
        <translation>Hace falta un nombre (basta con el nombre de pila o un apodo).</translation>
    </message>
    <message>
        <source>Keep the name under %1 characters.</source>
        <translation>El nombre debe tener menos de %1 caracteres.</translation>
    </message>
    <message>
        <source>Keep the %1 under %2 characters.</source>
        <translation>El campo «%1» debe tener menos de %2 caracteres.</translation>
    </message>
    <message>
        <source>Hours per week must be at least 0.5: how many hours a week can go to the plan?</source>
        <translation>Las horas semanales deben ser al menos 0,5: ¿cuántas horas a la semana puede dedicar al plan?</translation>
    </message>
    <message>
        <source>Hours per week can be at most %1.</source>
        <translation>Las horas semanales pueden ser %1 como máximo.</translation>
    </message>
    <message>
        <source>Use a three-letter currency code, such as USD, EUR or GBP.</source>
        <translation>Use un código de moneda de tres letras, como USD, EUR o GBP.</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, for example 2019-03-15 (got &apos;%1&apos;).</source>
        <translation>Escriba la fecha como AAAA-MM-DD, por ejemplo 2019-03-15 (se escribió «%1»).</translation>
    </message>
    <message>
        <source>%1 is not a real date.</source>
        <translation>%1 no es una fecha válida.</translation>
    </message>
    <message>
        <source>%1 is in the future; list credentials once they are earned.</source>
        <translation>%1 es una fecha futura; añada las credenciales cuando las haya obtenido.</translation>
    </message>
</context>
<context>
    <name>ProfileFields</name>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>current role</source>
        <translation>puesto actual</translation>
    </message>
    <message>
        <source>region</source>
        <translation>región</translation>
    </message>
    <message>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <source>years in IT</source>
        <translation>años en TI</translation>
    </message>
    <message>
        <source>months leading projects</source>
        <translation>meses dirigiendo proyectos</translation>
    </message>
    <message>
        <source>PM education hours</source>
        <translation>horas de formación en dirección de proyectos</translation>
    </message>
    <message>
        <source>agile training hours</source>
        <translation>horas de formación ágil</translation>
    </message>
    <message>
        <source>agile experience</source>
        <translation>experiencia ágil</translation>
    </message>
    <message>
        <source>education</source>
        <translation>nivel de estudios</translation>
    </message>
    <message>
        <source>hours per week</source>
        <translation>horas semanales</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>presupuesto</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>moneda</translation>
    </message>
    <message>
        <source>target track</source>
        <translation>orientación objetivo</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>fecha de inicio</translation>
    </message>
    <message>
        <source>niche</source>
        <translation>nicho</translation>
    </message>
    <message>
        <source>PMI membership</source>
        <translation>afiliación al PMI</translation>
    </message>
    <message>
        <source>memberships</source>
        <translation>afiliaciones</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>etiquetas</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>About you</source>
        <translation>Sobre usted</translation>
    </message>
    <message>
        <source>Your name or the client&apos;s</source>
        <translation>Su nombre o el de su cliente</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>N&amp;ombre</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatorio.</translation>
    </message>
    <message>
        <source>e.g. IT Service Delivery Manager</source>
        <translation>p. ej., responsable de entrega de servicios de TI</translation>
    </message>
    <message>
        <source>Current r&amp;ole</source>
        <translation>P&amp;uesto actual</translation>
    </message>
    <message>
        <source>City, state or country</source>
        <translation>Ciudad, provincia o país</translation>
    </message>
    <message>
        <source>Reg&amp;ion</source>
        <translation>Re&amp;gión</translation>
    </message>
    <message>
        <source>Used to find local PMI chapters and local job ads.</source>
        <translation>Sirve para encontrar capítulos locales del PMI y ofertas de empleo de la zona.</translation>
    </message>
    <message>
        <source>Cou&amp;ntry</source>
        <translation>Paí&amp;s</translation>
    </message>
    <message>
        <source>Chooses the local credentials, bodies, chapters and paper size.</source>
        <translation>Determina las credenciales, asociaciones, capítulos y tamaño de papel locales.</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Experiencia</translation>
    </message>
    <message>
        <source> years</source>
        <translation> años</translation>
    </message>
    <message>
        <source>&amp;Years in IT</source>
        <translation>A&amp;ños en TI</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>Months leading pro&amp;jects</source>
        <translation>Meses &amp;dirigiendo proyectos</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>PM e&amp;ducation</source>
        <translation>Forma&amp;ción en dirección de proyectos</translation>
    </message>
    <message>
        <source>Agile &amp;training</source>
        <translation>Formación ági&amp;l</translation>
    </message>
    <message>
        <source>Agile e&amp;xperience</source>
        <translation>Exper&amp;iencia ágil</translation>
    </message>
    <message>
        <source>Months working on agile projects.</source>
        <translation>Meses trabajando en proyectos ágiles.</translation>
    </message>
    <message>
        <source>Highest ed&amp;ucation</source>
        <translation>Nivel de es&amp;tudios</translation>
    </message>
    <message>
        <source>Some eligibility rules depend on it; when not given, a secondary diploma is assumed.</source>
        <translation>Algunas reglas de admisión dependen de ello; si no se indica, se supone el título de secundaria.</translation>
    </message>
    <message>
        <source>Limits and target</source>
        <translation>Límites y objetivo</translation>
    </message>
    <message>
        <source> h a week</source>
        <translation> h/semana</translation>
    </message>
    <message>
        <source>Hours per &amp;week</source>
        <translation>Horas se&amp;manales</translation>
    </message>
    <message>
        <source>No week of the plan asks for more than this.</source>
        <translation>Ninguna semana del plan pide más que esto.</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>No budget limit</source>
        <translation>Sin límite de presupuesto</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>P&amp;resupuesto</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Target trac&amp;k</source>
        <translation>Orientación ob&amp;jetivo</translation>
    </message>
    <message>
        <source>On a fixed date:</source>
        <translation>En una fecha fija:</translation>
    </message>
    <message>
        <source>Plan from a fixed date</source>
        <translation>Planificar desde una fecha fija</translation>
    </message>
    <message>
        <source>Plan start date</source>
        <translation>Fecha de inicio del plan</translation>
    </message>
    <message>
        <source>Plan &amp;start</source>
        <translation>Comien&amp;zo del plan</translation>
    </message>
    <message>
        <source>Without a fixed date, plans start on the day they are made.</source>
        <translation>Sin una fecha fija, los planes empiezan el día en que se crean.</translation>
    </message>
    <message>
        <source>Niche</source>
        <translation>Nicho</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>Memberships and tags</source>
        <translation>Afiliaciones y etiquetas</translation>
    </message>
    <message>
        <source>Member of the Project Management Institute</source>
        <translation>Miembro del Project Management Institute</translation>
    </message>
    <message>
        <source>PMI member</source>
        <translation>Miembro del PMI</translation>
    </message>
    <message>
        <source>Members pay less for PMI exams; the plan suggests joining when it saves money.</source>
        <translation>Los miembros pagan menos por los exámenes del PMI; el plan sugiere afiliarse cuando sale más barato.</translation>
    </message>
    <message>
        <source>e.g. ISACA, itSMF</source>
        <translation>p. ej., ISACA, itSMF</translation>
    </message>
    <message>
        <source>Other memberships</source>
        <translation>Otras afiliaciones</translation>
    </message>
    <message>
        <source>Separate them with commas.</source>
        <translation>Sepárelas con comas.</translation>
    </message>
    <message>
        <source>e.g. cohort-1, infrastructure</source>
        <translation>p. ej., cohorte-1, infraestructura</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Separate them with commas; the people list can be filtered by tag.</source>
        <translation>Sepárelas con comas; la lista de personas se puede filtrar por etiqueta.</translation>
    </message>
</context>
<context>
    <name>ProfileHints</name>
    <message>
        <source>PMP asks for %1 months with a bachelor&apos;s degree, %2 without one.</source>
        <translation>El PMP pide %1 meses con título universitario y %2 sin él.</translation>
    </message>
    <message>
        <source>Months not recorded in the Experience ledger; the ledger&apos;s months (%1 now) are added on top.</source>
        <translation>Meses no registrados en el registro de experiencia; los meses de ese registro (ahora %1) se suman.</translation>
    </message>
    <message>
        <source>Months not recorded in the Experience ledger; the ledger&apos;s months are added on top.</source>
        <translation>Meses no registrados en el registro de experiencia; los meses de ese registro se suman.</translation>
    </message>
    <message>
        <source>Contact hours of project-management training; PMP asks for %1.</source>
        <translation>Horas lectivas de formación en gestión de proyectos; el PMP pide %1.</translation>
    </message>
    <message>
        <source>Contact hours of project-management training.</source>
        <translation>Horas lectivas de formación en gestión de proyectos.</translation>
    </message>
    <message>
        <source>PMI-ACP asks for %1 hours.</source>
        <translation>El PMI-ACP pide %1 horas.</translation>
    </message>
    <message>
        <source>Months working on agile projects; PMI-ACP asks for %1.</source>
        <translation>Meses trabajando en proyectos ágiles; el PMI-ACP pide %1.</translation>
    </message>
    <message>
        <source>Plan prices are shown in this currency: the issuer&apos;s local price, or converted at a dated rate and marked so.</source>
        <translation>Los precios del plan se muestran en esta moneda: el precio local del emisor, o convertido a un tipo de cambio fechado y marcado como tal.</translation>
    </message>
    <message>
        <source>Plan prices are in %1; a budget in another currency is shown but not compared.</source>
        <translation>Los precios del plan están en %1; un presupuesto en otra moneda se muestra, pero no se compara.</translation>
    </message>
    <message>
        <source>A niche (such as cloud migration) shapes the plan&apos;s technical steps.</source>
        <translation>Un nicho (como la migración a la nube) orienta los pasos técnicos del plan.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Changes are saved as you type. Re-plan from the Roadmap page (Ctrl+R) to update the plan.</source>
        <translation>Los cambios se guardan mientras escribe. Replanifique desde la página Hoja de ruta (Ctrl+R) para actualizar el plan.</translation>
    </message>
    <message>
        <source>No one is selected.

Choose a person in the people list, or add one with File › New person (Ctrl+N).</source>
        <translation>No hay nadie seleccionado.

Elija una persona de la lista o añada una con Archivo › Nueva persona (Ctrl+N).</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>No person selected</source>
        <translation>Ninguna persona seleccionada</translation>
    </message>
    <message>
        <source>Profile form</source>
        <translation>Formulario del perfil</translation>
    </message>
    <message>
        <source>Saving and re-planning</source>
        <translation>Guardar y replanificar</translation>
    </message>
    <message>
        <source>%1 (refused: %2)</source>
        <translation>%1 (rechazado: %2)</translation>
    </message>
    <message>
        <source>%1 (saving…)</source>
        <translation>%1 (guardando…)</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>The change could not be saved</source>
        <translation>No se pudo guardar el cambio</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Sobre usted</translation>
    </message>
    <message>
        <source>About the person</source>
        <translation>Sobre la persona</translation>
    </message>
    <message>
        <source>%1 h a week</source>
        <translation>%1 h/semana</translation>
    </message>
</context>
<context>
    <name>ProfileWidgets</name>
    <message>
        <source>Secondary school</source>
        <translation>Educación secundaria</translation>
    </message>
    <message>
        <source>Associate degree</source>
        <translation>Título técnico superior</translation>
    </message>
    <message>
        <source>Bachelor&apos;s degree</source>
        <translation>Grado universitario</translation>
    </message>
    <message>
        <source>Master&apos;s degree</source>
        <translation>Máster</translation>
    </message>
    <message>
        <source>Doctorate</source>
        <translation>Doctorado</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>Best fit (the planner chooses)</source>
        <translation>La más adecuada (elige el planificador)</translation>
    </message>
    <message>
        <source>Guess from the region</source>
        <translation>Deducir de la región</translation>
    </message>
    <message>
        <source>No country chosen and none is clear from the region: the plan follows PMI&apos;s route.</source>
        <translation>No hay país elegido ni se deduce de la región: el plan sigue la ruta del PMI.</translation>
    </message>
    <message>
        <source>Guessed from the region: %1; choose it to confirm.</source>
        <translation>Deducido de la región: %1; elíjalo para confirmarlo.</translation>
    </message>
    <message>
        <source>No country pack ships for it: PMI&apos;s route, prices converted where possible.</source>
        <translation>No hay paquete de país para él: ruta del PMI, con precios convertidos cuando es posible.</translation>
    </message>
    <message>
        <source>Local credentials, professional bodies and chapters %1; paper %2.</source>
        <translation>Credenciales, asociaciones profesionales y capítulos locales %1; papel %2.</translation>
    </message>
    <message>
        <source>The planner compares infrastructure, software and hybrid PM with your skills and the questionnaire, and plans for the closest fit.</source>
        <translation>El planificador compara la gestión de proyectos de infraestructura, de software e híbrida con sus habilidades y el cuestionario, y planifica para la más adecuada.</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Ninguno todavía</translation>
    </message>
</context>
<context>
    <name>ProfileWizard</name>
    <message>
        <source>Set up your profile</source>
        <translation>Configurar su perfil</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nueva persona</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>In progre&amp;ss</source>
        <translation>En c&amp;urso</translation>
    </message>
    <message>
        <source>Mark the step as started on the chosen date</source>
        <translation>Marcar el paso como empezado en la fecha elegida</translation>
    </message>
    <message>
        <source>Mark in progress</source>
        <translation>Marcar en curso</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>Hech&amp;o</translation>
    </message>
    <message>
        <source>Mark the step as finished on the chosen date</source>
        <translation>Marcar el paso como terminado en la fecha elegida</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marcar como hecho</translation>
    </message>
    <message>
        <source>S&amp;kipped</source>
        <translation>&amp;Saltado</translation>
    </message>
    <message>
        <source>Skip the step; a re-plan leaves it out</source>
        <translation>Saltar el paso; al replanificar se omite</translation>
    </message>
    <message>
        <source>Mark skipped</source>
        <translation>Marcar como saltado</translation>
    </message>
    <message>
        <source>&amp;To do</source>
        <translation>Pend&amp;iente</translation>
    </message>
    <message>
        <source>Clear the progress recorded on this step</source>
        <translation>Borrar el progreso registrado en este paso</translation>
    </message>
    <message>
        <source>Mark to do</source>
        <translation>Marcar como pendiente</translation>
    </message>
    <message>
        <source>Progress on the chosen step</source>
        <translation>Progreso del paso elegido</translation>
    </message>
    <message>
        <source>Date of the progress</source>
        <translation>Fecha del progreso</translation>
    </message>
    <message>
        <source>Optional: where you booked, what you learnt…</source>
        <translation>Opcional: dónde reservó, qué aprendió…</translation>
    </message>
    <message>
        <source>Note on the step</source>
        <translation>Nota sobre el paso</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Cuándo:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>No&amp;ta:</translation>
    </message>
    <message>
        <source>Mark progress</source>
        <translation>Registrar progreso</translation>
    </message>
    <message>
        <source>&amp;Leave out of plan</source>
        <translation>O&amp;mitir del plan</translation>
    </message>
    <message>
        <source>Leave this step out of the plan</source>
        <translation>Omitir este paso del plan</translation>
    </message>
    <message>
        <source>Exclude the step and re-plan from today (Ctrl+Z undoes it)</source>
        <translation>Excluir el paso y replanificar desde hoy (Ctrl+Z lo deshace)</translation>
    </message>
    <message>
        <source>Pin (always incl&amp;ude)</source>
        <translation>Fi&amp;jar (incluir siempre)</translation>
    </message>
    <message>
        <source>Pin this step to the plan</source>
        <translation>Fijar este paso en el plan</translation>
    </message>
    <message>
        <source>Pinned steps stay in every re-plan, even when no gap asks for them; press again to unpin</source>
        <translation>Los pasos fijados se mantienen en cada replanificación aunque ninguna brecha los pida; vuelva a pulsar para soltarlos</translation>
    </message>
    <message>
        <source>In the plan</source>
        <translation>En el plan</translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation>Resultado de la última acción</translation>
    </message>
</context>
<context>
    <name>QuestionBox</name>
    <message>
        <source>Question %1: %2</source>
        <translation>Pregunta %1: %2</translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <source>Fit questionnaire</source>
        <translation>Cuestionario de afinidad</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>The database cannot be opened</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <source>The file was left exactly as it is. You can restore the newest backup (into a new file beside it), or start a new, empty database next to it.</source>
        <translation>El archivo se ha dejado exactamente como estaba. Puede restaurar la copia de seguridad más reciente (en un archivo nuevo junto a él) o crear a su lado una base de datos nueva y vacía.</translation>
    </message>
    <message>
        <source>Restore newest backup</source>
        <translation>Restaurar la copia más reciente</translation>
    </message>
    <message>
        <source>Start a new database</source>
        <translation>Crear una base de datos nueva</translation>
    </message>
    <message>
        <source>The database file is empty</source>
        <translation>El archivo de la base de datos está vacío</translation>
    </message>
    <message>
        <source>%1 is an empty file (0 bytes). It may be a database whose contents were lost.</source>
        <translation>%1 es un archivo vacío (0 bytes). Puede ser una base de datos cuyo contenido se ha perdido.</translation>
    </message>
    <message>
        <source>Set it up as a new, empty database? To get your data back instead, cancel and restore a backup.</source>
        <translation>¿Configurarlo como una base de datos nueva y vacía? Para recuperar sus datos, cancele y restaure una copia de seguridad.</translation>
    </message>
    <message>
        <source>Set up a new database</source>
        <translation>Configurar una base de datos nueva</translation>
    </message>
</context>
<context>
    <name>RoadmapPage</name>
    <message>
        <source>Weeks</source>
        <translation>Semanas</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Meses</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Trimestres</translation>
    </message>
    <message>
        <source>No one is chosen. Choose a person from the list, or add one with File ▸ New person, to see their roadmap.</source>
        <translation>No hay nadie elegido. Elija una persona de la lista, o añada una con Archivo ▸ Nueva persona, para ver su hoja de ruta.</translation>
    </message>
    <message>
        <source>Re-plan from toda&amp;y</source>
        <translation>Replanificar &amp;desde hoy</translation>
    </message>
    <message>
        <source>Re-plan from today</source>
        <translation>Replanificar desde hoy</translation>
    </message>
    <message>
        <source>Keep what is done and move everything else forward from today (Ctrl+R)</source>
        <translation>Conservar lo hecho y volver a planificar el resto desde hoy (Ctrl+R)</translation>
    </message>
    <message>
        <source>Re-plan now</source>
        <translation>Replanificar ahora</translation>
    </message>
    <message>
        <source>No person chosen</source>
        <translation>Ninguna persona elegida</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronograma</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ampliar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Reducir</translation>
    </message>
    <message>
        <source>Fit the plan</source>
        <translation>Ajustar el plan</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Timeline scale</source>
        <translation>Escala del cronograma</translation>
    </message>
    <message>
        <source>Zoo&amp;m:</source>
        <translation>&amp;Zoom:</translation>
    </message>
    <message>
        <source>Add from &amp;catalog…</source>
        <translation>Añadir del catálo&amp;go…</translation>
    </message>
    <message>
        <source>Add a step from the catalog</source>
        <translation>Añadir un paso del catálogo</translation>
    </message>
    <message>
        <source>Pin a certification or activity the planner did not choose</source>
        <translation>Fijar una certificación o actividad que el planificador no eligió</translation>
    </message>
    <message>
        <source>&amp;Bring back…</source>
        <translation>&amp;Recuperar…</translation>
    </message>
    <message>
        <source>Bring back a step left out or skipped</source>
        <translation>Recuperar un paso omitido o saltado</translation>
    </message>
    <message>
        <source>The roadmap could not be shown</source>
        <translation>No se pudo mostrar la hoja de ruta</translation>
    </message>
    <message>
        <source>The roadmap could not be updated</source>
        <translation>No se pudo actualizar la hoja de ruta</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>RowsModel</name>
    <message>
        <source>Credential</source>
        <translation>Credencial</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Obtenida</translation>
    </message>
    <message>
        <source>Catalog match</source>
        <translation>Coincidencia en el catálogo</translation>
    </message>
    <message>
        <source>Remove credential %1</source>
        <translation>Quitar la credencial %1</translation>
    </message>
    <message>
        <source>Add credential %1</source>
        <translation>Añadir la credencial %1</translation>
    </message>
    <message>
        <source>Edit credential %1</source>
        <translation>Editar la credencial %1</translation>
    </message>
    <message>
        <source>A credential needs a name; to take it off, use Remove.</source>
        <translation>Una credencial necesita un nombre; para quitarla, use Quitar.</translation>
    </message>
    <message>
        <source>Remove selected credential</source>
        <translation>Quitar la credencial seleccionada</translation>
    </message>
    <message>
        <source>Remove the selected credential (Delete)</source>
        <translation>Quitar la credencial seleccionada (Supr)</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Habilidad</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Counts toward</source>
        <translation>Cuenta para</translation>
    </message>
    <message>
        <source>Remove skill %1</source>
        <translation>Quitar la habilidad %1</translation>
    </message>
    <message>
        <source>Add skill %1</source>
        <translation>Añadir la habilidad %1</translation>
    </message>
    <message>
        <source>Edit skill %1</source>
        <translation>Editar la habilidad %1</translation>
    </message>
    <message>
        <source>A skill needs a name; to take it off, use Remove.</source>
        <translation>Una habilidad necesita un nombre; para quitarla, use Quitar.</translation>
    </message>
    <message>
        <source>Remove selected skill</source>
        <translation>Quitar la habilidad seleccionada</translation>
    </message>
    <message>
        <source>Remove the selected skill (Delete)</source>
        <translation>Quitar la habilidad seleccionada (Supr)</translation>
    </message>
</context>
<context>
    <name>SkillsEditor</name>
    <message>
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <source>&amp;Add skill</source>
        <translation>Añadir habilidad</translation>
    </message>
    <message>
        <source>No skills yet. Press Add skill and type a skill such as Networking, ITIL or Scrum.</source>
        <translation>Aún no hay habilidades. Pulse Añadir habilidad y escriba una, como Networking, ITIL o Scrum.</translation>
    </message>
    <message>
        <source>Levels: 0 none, 1 aware, 2 working, 3 practitioner, 4 expert. Names are matched to the catalog by name or alias; unmatched skills are kept but count toward no gap.</source>
        <translation>Niveles: 0 ninguno, 1 nociones, 2 práctico, 3 experto en la práctica, 4 experto. Los nombres se emparejan con el catálogo por nombre o alias; las habilidades sin pareja se conservan, pero no cuentan para ninguna brecha.</translation>
    </message>
</context>
<context>
    <name>SkillsModel</name>
    <message>
        <source>type a skill name</source>
        <translation>escriba el nombre de la habilidad</translation>
    </message>
    <message>
        <source>not in catalog</source>
        <translation>no está en el catálogo</translation>
    </message>
    <message>
        <source> · listed twice, the higher level counts</source>
        <translation> · aparece dos veces, cuenta el nivel más alto</translation>
    </message>
    <message>
        <source>Not a catalog competency, so it counts toward no gap. Pick one of the suggestions while typing to match one.</source>
        <translation>No es una competencia del catálogo, así que no cuenta para ninguna brecha. Elija una de las sugerencias al escribir para emparejarla.</translation>
    </message>
    <message>
        <source>counts toward %1</source>
        <translation>cuenta para %1</translation>
    </message>
    <message>
        <source>Set %1 to level %2</source>
        <translation>Poner %1 en el nivel %2</translation>
    </message>
</context>
<context>
    <name>SkillsPage</name>
    <message>
        <source>First skills (optional)</source>
        <translation>Primeras habilidades (opcional)</translation>
    </message>
    <message>
        <source>Tick what you already do and how well; add more on the Profile page.</source>
        <translation>Marque lo que ya hace y con qué nivel; añada más en la página Perfil.</translation>
    </message>
    <message>
        <source>Level of %1</source>
        <translation>Nivel de %1</translation>
    </message>
    <message>
        <source>Levels: 1 aware of it, 2 does routine work, 3 works unaided, 4 expert.</source>
        <translation>Niveles: 1 lo conoce, 2 hace trabajo rutinario, 3 trabaja sin ayuda, 4 experto.</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <source>The planner could not start</source>
        <translation>El planificador no pudo iniciarse</translation>
    </message>
    <message>
        <source>The planner could not open its data</source>
        <translation>El planificador no pudo abrir sus datos</translation>
    </message>
    <message>
        <source>The database could not be checked</source>
        <translation>No se pudo comprobar la base de datos</translation>
    </message>
</context>
<context>
    <name>StepChooser</name>
    <message>
        <source>Type to filter</source>
        <translation>Escriba para filtrar</translation>
    </message>
    <message>
        <source>Filter steps</source>
        <translation>Filtrar pasos</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
</context>
<context>
    <name>StepDetails</name>
    <message>
        <source>Choose a step on the timeline or in the list to see why it is in your plan.</source>
        <translation>Elija un paso en el cronograma o en la lista para ver por qué está en su plan.</translation>
    </message>
    <message>
        <source>&lt;b&gt;⚠ Price over 6 months old&lt;/b&gt; by the time you pay: check before paying.</source>
        <translation>&lt;b&gt;⚠ Precio de hace más de 6 meses&lt;/b&gt; cuando pague: compruébelo antes de pagar.</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>empezado el %1</translation>
    </message>
    <message>
        <source>finished %1</source>
        <translation>terminado el %1</translation>
    </message>
    <message>
        <source>Done on %1.</source>
        <translation>Hecho el %1.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>What it involves</source>
        <translation>En qué consiste</translation>
    </message>
    <message>
        <source>Closes gaps in</source>
        <translation>Cierra brechas en</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Requisitos previos</translation>
    </message>
    <message>
        <source>Starts after</source>
        <translation>Empieza después de</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>book by %1 · sit by %2</source>
        <translation>reservar antes del %1 · presentarse antes del %2</translation>
    </message>
    <message>
        <source>sit by %1</source>
        <translation>presentarse antes del %1</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renovación</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Su nota</translation>
    </message>
    <message>
        <source>Step details</source>
        <translation>Detalles del paso</translation>
    </message>
    <message>
        <source>Step title</source>
        <translation>Título del paso</translation>
    </message>
    <message>
        <source>Step kind, status and dates</source>
        <translation>Tipo, estado y fechas del paso</translation>
    </message>
    <message>
        <source>Why this step, its time, cost and sources</source>
        <translation>Por qué este paso, su tiempo, costo y fuentes</translation>
    </message>
    <message>
        <source>No step chosen</source>
        <translation>Ningún paso elegido</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Your step</source>
        <translation>Su paso</translation>
    </message>
    <message>
        <source>e.g. stakeholder-workshop</source>
        <translation>p. ej., taller-partes-interesadas</translation>
    </message>
    <message>
        <source>No price (check with the provider)</source>
        <translation>Sin precio (consultar con el proveedor)</translation>
    </message>
    <message>
        <source>Step id</source>
        <translation>ID del paso</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Horas:</translation>
    </message>
    <message>
        <source>C&amp;ost:</source>
        <translation>&amp;Coste:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>An id is 2-60 lowercase letters, digits and hyphens.</source>
        <translation>Un ID tiene de 2 a 60 letras minúsculas, cifras y guiones.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already used; choose another id.</source>
        <translation>«%1» ya está en uso; elija otro ID.</translation>
    </message>
    <message>
        <source>Give the step a title.</source>
        <translation>Dé un título al paso.</translation>
    </message>
</context>
<context>
    <name>StepKind</name>
    <message>
        <source>Certification</source>
        <translation>Certificación</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Formación</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Afiliación</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>Networking</translation>
    </message>
    <message>
        <source>Niche</source>
        <translation>Nicho</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Experiencia</translation>
    </message>
    <message>
        <source>Job search</source>
        <translation>Búsqueda de empleo</translation>
    </message>
</context>
<context>
    <name>StepStatus</name>
    <message>
        <source>To do</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Saltado</translation>
    </message>
</context>
<context>
    <name>StepStyle</name>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>a %1</translation>
    </message>
    <message>
        <source>confidence %1 (%2)</source>
        <translation>fiabilidad %1 (%2)</translation>
    </message>
    <message>
        <source>confidence %1</source>
        <translation>fiabilidad %1</translation>
    </message>
</context>
<context>
    <name>StepsModel</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>No source could confirm this price.</source>
        <translation>Ninguna fuente ha podido confirmar este precio.</translation>
    </message>
    <message>
        <source> (as of %1)</source>
        <translation> (a %1)</translation>
    </message>
    <message>
        <source>; price over 6 months old: check before paying</source>
        <translation>; precio de hace más de 6 meses: compruébelo antes de pagar</translation>
    </message>
</context>
<context>
    <name>StepsTable</name>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
</context>
<context>
    <name>SummaryStrip</name>
    <message>
        <source>✓ Within, even at the high end</source>
        <translation>✓ Cabe, incluso en el extremo alto</translation>
    </message>
    <message>
        <source>⚠ Over, even at the low end</source>
        <translation>⚠ Lo supera, incluso en el extremo bajo</translation>
    </message>
    <message>
        <source>? May not fit</source>
        <translation>? Puede que no quepa</translation>
    </message>
    <message>
        <source>Re-plan to compare</source>
        <translation>Replanifique para comparar</translation>
    </message>
    <message>
        <source>The high estimate fits the budget.</source>
        <translation>La estimación alta cabe en el presupuesto.</translation>
    </message>
    <message>
        <source>Even the low estimate passes the budget: see the cheaper alternatives.</source>
        <translation>Incluso la estimación baja supera el presupuesto: vea las alternativas más baratas.</translation>
    </message>
    <message>
        <source>The high estimate or prices nobody could confirm may pass the budget.</source>
        <translation>La estimación alta o los precios sin confirmar podrían superar el presupuesto.</translation>
    </message>
    <message>
        <source>This plan was saved before cost estimates: re-plan to compare it with the budget.</source>
        <translation>Este plan se guardó antes de las estimaciones de costo: replanifique para compararlo con el presupuesto.</translation>
    </message>
    <message>
        <source>Low to high estimate; unverified prices count as the range sources report. Verified prices alone: %1.</source>
        <translation>Estimación de baja a alta; los precios sin verificar cuentan con el rango que dan las fuentes. Solo precios verificados: %1.</translation>
    </message>
    <message>
        <source>No price known for: %1.</source>
        <translation>Sin precio conocido para: %1.</translation>
    </message>
    <message>
        <source>no job-search step</source>
        <translation>sin paso de búsqueda de empleo</translation>
    </message>
    <message>
        <source>from the start</source>
        <translation>desde el principio</translation>
    </message>
    <message numerus="yes">
        <source>after %n week(s)</source>
        <translation>
            <numerusform>tras %n semana</numerusform>
            <numerusform>tras %n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semana</numerusform>
            <numerusform>%n semanas</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan summary</source>
        <translation>Resumen del plan</translation>
    </message>
    <message>
        <source>Ready to apply</source>
        <translation>Listo para postularse</translation>
    </message>
    <message>
        <source>PMP exam</source>
        <translation>Examen PMP</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Study and work</source>
        <translation>Estudio y trabajo</translation>
    </message>
    <message>
        <source>Cost estimate</source>
        <translation>Costo estimado</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <source>Show the full eligibility and notes</source>
        <translation>Mostrar completos los requisitos y las observaciones</translation>
    </message>
    <message>
        <source>Not planned</source>
        <translation>No planificado</translation>
    </message>
    <message>
        <source>eligible %1</source>
        <translation>admisible desde %1</translation>
    </message>
    <message>
        <source>eligible now</source>
        <translation>ya admisible</translation>
    </message>
    <message>
        <source>held or excluded</source>
        <translation>obtenido o excluido</translation>
    </message>
    <message>
        <source>The plan runs from %1.</source>
        <translation>El plan empieza el %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n paso</numerusform>
            <numerusform>%n pasos</numerusform>
        </translation>
    </message>
    <message>
        <source>every price estimated</source>
        <translation>todos los precios estimados</translation>
    </message>
    <message numerus="yes">
        <source>+ %n unknown</source>
        <translation>
            <numerusform>+ %n desconocido</numerusform>
            <numerusform>+ %n desconocidos</numerusform>
        </translation>
    </message>
    <message>
        <source>None set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>add one on the Profile page</source>
        <translation>defínalo en la página Perfil</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>Mostrar menos</translation>
    </message>
</context>
<context>
    <name>TimelineLayout</name>
    <message>
        <source>exam %1</source>
        <translation>examen %1</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Años</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Semanas</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Meses</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Trimestres</translation>
    </message>
</context>
<context>
    <name>TrackComparison</name>
    <message>
        <source>O*NET-SOC occupations the tracks draw on — %1.</source>
        <translation>Ocupaciones O*NET-SOC en las que se basan las orientaciones — %1.</translation>
    </message>
    <message>
        <source>Track comparison</source>
        <translation>Comparación de orientaciones</translation>
    </message>
    <message>
        <source>Tracks side by side</source>
        <translation>Orientaciones lado a lado</translation>
    </message>
    <message>
        <source>Aspects by track</source>
        <translation>Aspectos por orientación</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Orientaciones</translation>
    </message>
    <message>
        <source>Aspects</source>
        <translation>Aspectos</translation>
    </message>
    <message>
        <source>How the tracks &amp;differ</source>
        <translation>En &amp;qué se diferencian las orientaciones</translation>
    </message>
    <message>
        <source>O*NET attribution</source>
        <translation>Atribución de O*NET</translation>
    </message>
    <message>
        <source>★ your target</source>
        <translation>★ su objetivo</translation>
    </message>
</context>
<context>
    <name>VariantEditor</name>
    <message>
        <source>as now</source>
        <translation>como ahora</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Hours a &amp;week:</source>
        <translation>Horas &amp;semanales:</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>&amp;Presupuesto:</translation>
    </message>
    <message>
        <source>&amp;Track:</source>
        <translation>&amp;Orientación:</translation>
    </message>
    <message>
        <source>&amp;Leave out:</source>
        <translation>O&amp;mitir:</translation>
    </message>
    <message>
        <source>&amp;Add:</source>
        <translation>&amp;Añadir:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>hours a week must be at least 0.5</source>
        <translation>las horas semanales deben ser al menos 0,5</translation>
    </message>
</context>
<context>
    <name>WhatIfDialog</name>
    <message>
        <source>Ready to apply</source>
        <translation>Listo para postularse</translation>
    </message>
    <message>
        <source>PMP exam</source>
        <translation>Examen PMP</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>What if — %1</source>
        <translation>¿Y si…? — %1</translation>
    </message>
    <message>
        <source>Variant %1</source>
        <translation>Variante %1</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <source>The plan and its variants side by side</source>
        <translation>El plan y sus variantes lado a lado</translation>
    </message>
    <message>
        <source>As planned</source>
        <translation>Según lo planificado</translation>
    </message>
    <message>
        <source>Change what you want to try in up to three variants, then compare. Choosing one saves its plan (and its hours, budget, track or steps) as the current plan; Edit &gt; Undo takes it back.</source>
        <translation>Cambie lo que quiera probar en hasta tres variantes y compárelas. Al elegir una, su plan (con sus horas, presupuesto, orientación o pasos) pasa a ser el actual; Editar &gt; Deshacer lo revierte.</translation>
    </message>
    <message>
        <source>Change something in a variant first.</source>
        <translation>Cambie primero algo en una variante.</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>sin presupuesto</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Usar %1</translation>
    </message>
    <message>
        <source>Use the variant: %1</source>
        <translation>Usar la variante: %1</translation>
    </message>
    <message>
        <source>The variant could not be saved</source>
        <translation>No se pudo guardar la variante</translation>
    </message>
    <message>
        <source>Plan saved with %1; Edit &gt; Undo takes it back</source>
        <translation>Plan guardado con %1; Editar &gt; Deshacer lo revierte</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Coach settings saved; re-plan to total plans in the new currency</source>
        <translation>Ajustes del coach guardados; replanifique para sumar los planes en la nueva moneda</translation>
    </message>
    <message>
        <source>Coach settings saved; the new language applies when the app starts again</source>
        <translation>Ajustes del coach guardados; el nuevo idioma se aplica la próxima vez que se inicie la aplicación</translation>
    </message>
</context>
</TS>
