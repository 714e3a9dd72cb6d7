<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
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
    <name>Language</name>
    <message>
        <source>System (%1)</source>
        <translation>Sistema (%1)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
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
</context>
<context>
    <name>SummaryStrip</name>
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
        <source>held or excluded</source>
        <translation>obtenido o excluido</translation>
    </message>
    <message>
        <source>every price estimated</source>
        <translation>todos los precios estimados</translation>
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
