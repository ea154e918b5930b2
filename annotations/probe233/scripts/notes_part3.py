"""probe233 corpus notes, L15-L20 (teledermatology e-consults and the clinics around them; all invented)."""

L15 = {"patient_id": "L15", "age": 68, "sex": "M", "notes": [
("2020-03-03", "Teledermatology eConsult Request", """
Derm e-consult   03/03/2020   from Maple Row Family Health, Dr. Ezra Kowalczyk
68 M, type 2 diabetes for two decades, on insulin (aspart + detemir), uses the L half of his
abdomen for injections; CKD4, eGFR 22 - predialysis, AVF being planned; HTN, gout. BMI 32.2.
No warfarin.
For about 6 weeks: tender firm lumps at his injection area, L lower belly, one now
purplish. Q: lipohypertrophy? Infection? He read online about calciphylaxis and is scared.
Images (3): 2 firm nodules 2-3 cm L lower quadrant, one with faint violaceous mottling;
skin unbroken, nothing black.
"""),
("2020-03-04", "Teledermatology eConsult Response", """
eConsult response - Dr. Ilse Marchand   04-Mar-2020
At his injection sites, lipohypertrophy plus a mild panniculitis is my best guess. The
violaceous mottling on one nodule means I cannot exclude early calciphylaxis, although he is
pre-dialysis and there is no ulcer or eschar. Deep incisional bx would answer the question -
offered in person. Meanwhile move his injections to R-sided abdomen plus thighs, and keep the
needle out of the nodules. Labs: Ca, P, PTH.
If it ulcerates or turns black: urgent in-person review.
Not examined in person.
"""),
("2020-05-12", "Primary Care Follow-up (telephone + photo)", """
PCP f/u 12 May 2020 (telephone + photo due to COVID restrictions)
Pt declined the biopsy ("not with the virus around"). Says the L abdominal lumps are a bit
less tender since he moved injections to the R side and thighs. Photo: mottling persists on
the larger nodule, no breakdown. Ca 9.6, P 4.9, PTH 210.
A: nodules at old insulin sites - lipohypertrophy vs possible early calciphylaxis, unresolved.
P: re-offer derm visit when clinics reopen; photos monthly; nephrology aware. BMI 31.9
(home scale wt 99.1 kg).
"""),
]}

L16 = {"patient_id": "L16", "age": 80, "sex": "F", "notes": [
("2023-09-05", "Teledermatology eConsult Request", """
TELEDERMATOLOGY eCONSULT - Request
Sender: Rivermead Dialysis (Dr. Tomasz Quaye)   09/05/2023
80 F, HD-dependent ESRD, AF (warfarin), PAD (fem-pop bypass 2018), not diabetic. BMI 21.4,
frail, nursing home resident.
Painful ulcers both lower legs for 3 weeks, started as purple patches. Nursing home
staff have used compression wraps for presumed venous ulcers since early August.
Q: ?calciphylaxis vs arterial ulcers vs warfarin-related. Can she avoid travelling in?
Images (6): R lateral leg 4x3cm ulcer, base black; L anterior leg two 2 cm ulcers;
net-like purpura around both.
"""),
("2023-09-06", "Teledermatology eConsult Response", """
Reply - Dr. Saoirse Lundqvist (teledermatology)   6 Sep 2023
Bilateral necrotic leg ulcers with retiform purpura. Differential: calciphylaxis (HD,
warfarin) vs ischemic ulcers from her PAD vs warfarin-associated necrosis. Images alone
cannot separate these; a bx would help but a bx wound in an ischemic leg may never heal.
Suggest: stop compression now (ABI first), vascular review, nephrology to check Ca/P/PTH,
discuss warfarin alternatives. If goals are comfort-focused, an empiric trial of STS is
reasonable without a bx.
Time spent 16 min. Happy to re-review with new photos.
"""),
("2023-10-02", "Nephrology-Palliative Joint Note", """
Nephrology/palliative joint note  Oct 2, 2023
Family meeting held with daughter and son (by phone). Pt chose to stop HD and enter hospice.
Leg ulcers: possible calciphylaxis, never biopsied; ABI non-compressible; vascular felt she
is not a candidate. Empiric STS x 3 wks, little change. Warfarin stopped today with
hospice transition.
Comfort measures: morphine, dressings for comfort only.
Daughter asked if the wraps caused the ulcers - explained that the cause is still
uncertain. Hospice RN visits tomorrow; dialysis chair released. Wt 51 kg.
"""),
]}

L17 = {"patient_id": "L17", "age": 57, "sex": "M", "notes": [
("2026-02-03", "Home PD Nurse Visit", """
Home PD program - nurse visit note   3 Feb 2026
57M, CCPD, diet-controlled T2DM, HTN. BMI 30.0.
Pt shows a mottled purple net pattern over his R posterior calf, mildly sore, since around
New Year's Day. Since November, nightly: hot-water bottle wedged at that calf
for cramping. No open skin, no nodules felt.
Exit site: clean, no crust. PET next month.
Photos taken and teledermatology eConsult requested by Dr. Rhiannon Abiodun (PD nephrologist):
"?early CUA vs livedo from the heat".
"""),
("2026-02-05", "Teledermatology eConsult Response", """
TELEDERM RESPONSE  02/05/2026  Dr. Kasimir Oyelaran
3 photos, good focus. R posterior calf: reticulated violaceous-brown network, no retiform
(branching) purpura, no ulcer. I favour livedo reticularis / early erythema ab igne (heat from
the bottle). Early calciphylaxis is not excluded in a PD patient, so: stop the hot water
bottle, photograph weekly, and reconsult at once if it becomes painful, firm or dark. Bx not
advised yet (low yield, and a wound that might not heal). Not examined in person.
"""),
("2026-03-10", "PD Clinic Note", """
PD clinic 03/10/26
R calf: faint reticulated discolouration persists but fading since the hot water bottle was
stopped; a 1 cm tender firm nodule at its centre noted by pt last week, no ulcer. Weekly
photos reviewed with derm by message: "calciphylaxis still neither confirmed nor excluded; in-person
exam + consider bx" - derm appointment 3/24.
Ca 9.5, PO4 6.0 (binder increased), PTH 455.
BMI 30.2. UF adequate, no edema. Back at work and cycling overnight without alarms.
Plan: weekly photos continue.
"""),
]}

L18 = {"patient_id": "L18", "age": 62, "sex": "F", "notes": [
("2019-07-02", "Teledermatology eConsult Request", """
eConsult request - Dermatology        July 2nd, 2019
Referring: Dr. Oisin Varela, Carrowmore Dialysis
62 F. ESRD, in-centre HD. Insulin-requiring T2 diabetes; ulcerative colitis (flaring), obesity BMI 38.0.
Caught her L shin on a step edge ~3 weeks ago; a small scrape there turned into a rapidly
enlarging, exquisitely painful ulcer whose purple edge is undermined.
Q: r/o calciphylaxis. Other ideas?
Images (4): 5 x 4 cm ulcer L anterior shin, violaceous overhanging border, purulent-looking
base, no black eschar, no retiform purpura.
"""),
("2019-07-03", "Teledermatology eConsult Response", """
Teledermatology reply, Dr. Yannick Szabo (3 Jul 2019)
The undermined violaceous edge, rapid growth after minor trauma (pathergy) and active UC make
pyoderma gangrenosum my first diagnosis. Calciphylaxis seems less likely - no eschar, no net-like
purpura - yet in someone on HD it must be excluded. Recommend in-person wedge bx from the
edge including fat, plus tissue culture. Avoid debridement. Do not start steroids until bx.
Photos were clear; thank you for including a ruler. Happy to look at the pathology when
it is back. Time spent 12 min.
"""),
("2019-07-23", "Dermatology Clinic Note", """
Derm clinic - 23.07.2019
Wedge bx 7/8 L shin ulcer edge: dense neutrophilic infiltrate, von Kossa: no vessel
calcium, no thrombosis, cultures neg -> consistent with pyoderma gangrenosum. Calciphylaxis
ruled out.
Ulcer now 6x4.5cm. Started prednisone 40 mg (glucose monitoring with her insulin) +
topical clobetasol to the border; GI informed re UC.
BMI 38.4. Told pt the ulcer is not from her kidneys. Nephrology to adjust insulin doses
while on prednisone. Review 2 wks; weekly photos via the e-consult portal.
"""),
]}

L19 = {"patient_id": "L19", "age": 49, "sex": "M", "notes": [
("2018-05-14", "Teledermatology eConsult Request", """
Teledermatology eConsult   14 May 2018
From: Dr. Leticia Brennan, Fernhill Health Centre
49 M, CKD 3a (eGFR 51), HTN, obesity (wt 104 kg, BMI 30.8), prior DVT (2016) - completed a
6-month warfarin course. Not diabetic.
Itchy brown discolouration of both lower legs for months, ankles swell by evening. His
brother, on dialysis, "lost a leg to calciphylaxis" last year and pt is very anxious that
this is the same.
Q: what is this; does he have calciphylaxis?
Images (4): bilateral lower legs, symmetric hyperpigmentation and scaly eczematous patches
above the ankles, varicosities, no ulcer, no purpura, no nodules.
"""),
("2018-05-15", "Teledermatology eConsult Response", """
eConsult reply (Dr. Gideon Amsel)  05/15/2018
Stasis dermatitis with varicose veins. Nothing here suggests calciphylaxis: there is no retiform
purpura, necrosis or painful induration, and his renal function is nowhere near dialysis
range. His brother's disease is not something he can inherit from him. Rx: TAC 0.1% oint
twice daily for two weeks to the eczematous areas, emollients, leg elevation, knee-length
class 2 stockings after the eczema settles. Vascular referral for the
varicose veins optional. Routine f/u with PCP; no in-person derm visit needed.
"""),
]}

L20 = {"patient_id": "L20", "age": 73, "sex": "F", "notes": [
("2024-12-09", "Teledermatology eConsult Request", """
TELEDERM eCONSULT REQUEST  12/9/24
Sender: Halden Street Dialysis, Nurse Practitioner Joanna Whitlow
73F on HD (MWF, L AVF) x 6 yrs; diet-controlled T2DM; BMI 25.5; no anticoagulation.
Generalised itch for 2 months, worst on her upper back, sleeping poorly. She wonders if
she may put a heating pad to her back. Scratch marks on the upper back.
Q: uremic pruritus? anything else? safe topical options?
Images (3): upper back with linear excoriations, dry scaly skin, a few crusted papules; no
purpura, no ulcers, no nodules.
"""),
("2024-12-10", "Teledermatology eConsult Response", """
Reply - Dr. Perpetua Valdez, teledermatology, 10 December 2024
Xerosis with CKD-associated pruritus and excoriations; a few prurigo papules. No features of
calciphylaxis. Plan: thick emollient twice daily, pramoxine lotion, consider difelikefalin
with HD per nephrology; short nails. Please steer her away from heating pads or a hot water
bottle - heat worsens itch, and in dialysis patients calciphylaxis may start at injured
skin. Routine PCP follow-up; no derm visit needed unless lesions change.
Time 9 min. CPT 99451. Referring NP thanked for the clear images.
"""),
]}

PATIENTS = [L15, L16, L17, L18, L19, L20]
