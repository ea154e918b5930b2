"""probe208 corpus notes, D15-D20 (military treatment facility, sick call and the clinics around it;
all invented)."""

D15 = {"patient_id": "D15", "age": 55, "sex": "F", "notes": [
("2019-09-09", "Nurse Injection Clinic Note", """
ALLERGY/IMMUNIZATION - INJECTION ROOM   Fort Tessaly Army Health Clinic   9 Sep 2019
55 yo F, Army spouse (sponsor MAJ), TRICARE Prime.
Monthly cyanocobalamin 1000 mcg IM for pernicious anemia, series started Feb 2019, always
into the L deltoid (she is R-handed and asks for the left).
Today pt points out a tender "knot" on the L shoulder where the shots go, present about a
month, slowly enlarging.
Looked at it: L deltoid, 2cm firm nodule, violaceous, faint purple net around it, no
warmth, no drainage.
Held today's dose in the L arm; given R deltoid instead per standing order, tolerated.
PMH: kidney failure, does PD at home; diabetic (type 2) using insulin; obesity (BMI 38.0).
Routed to PCM for eval this week.
/s/ L. Marchetti, LPN
"""),
("2019-09-20", "PCM Visit", """
FAMILY MEDICINE - Fort Tessaly AHC   20SEP19
F/u L arm nodule flagged by the injection room.
Exam: L deltoid, nodule grown to 3cm, firm and dusky purple, lacy violet halo, small
darker center. Tender. No fluctuance. R deltoid shot site normal.
From PD unit 9/12: phos 7.0 (high), PTH 740, calcium nine point nine, alb 3.2. A1c 8.1.
Wt 226 lb, BMI 38.0.
A: L deltoid nodule at her B12 injection site. Injection-site fat necrosis is possible,
but with PD, a high phosphorus, insulin use and obesity I have to consider early
calciphylaxis. Concern for calciphylaxis.
P: derm referral for bx; B12 to R arm or switch to oral; nephrology informed.
"""),
("2019-10-08", "Dermatology Note", """
DERMATOLOGY - Fort Tessaly AHC   8 Oct 2019
Punch bx L deltoid (9/27/19): lobular panniculitis, necrotic fat; the sample is too
shallow to show the deep vessels, and none of the vessels present are calcified.
Nondiagnostic - cannot exclude calciphylaxis.
Exam: nodule 3cm, dusky center unchanged, no ulceration yet.
Recommend a deep incisional bx. Pt prefers to wait: the family PCS's to Fort Garrow
next month. Discussed the possibility of calciphylaxis and warning signs.
Records sent; referral placed to derm at the gaining MTF. B12 now oral.
BMI 38.0.
"""),
]}

D16 = {"patient_id": "D16", "age": 67, "sex": "M", "notes": [
("2018-03-06", "Orthopaedic Brief Operative Note", """
ORTHOPAEDICS - BRIEF OP NOTE   Corbin Army Medical Center   06MAR2018
Pt: 67 yo M, COL (Ret), TFL.
Pre/post-op dx: R knee medial meniscus tear, complex.
Procedure: R knee arthroscopy, partial medial meniscectomy.
Anesthesia: general (LMA).
Portals: standard anteromedial and anterolateral. Findings: grade 2 chondral changes MFC,
complex posterior horn tear debrided to a stable rim.
Closure: 3-0 nylon to both portals; sterile dressing, ACE wrap.
EBL minimal. No complications.
Periop: ESRD on HD, had his usual M/W/F run yesterday; warfarin (AF) stopped five days
preop, no bridge, restart tomorrow. Not diabetic.
Dispo: home today, WBAT, sutures out 10-14 d.
"""),
("2018-04-02", "Orthopaedic Post-op Clinic Note", """
ORTHO POST-OP - Corbin AMC   2 Apr 2018
Post-op week 4, R knee arthroscopy.
Sutures out 3/19, both portals healed then.
Now: tender purple lump at the anterolateral portal, x 1 wk.
Exam: R knee anterolateral portal scar - 1.5cm firm violaceous nodule, pinpoint (3mm)
dark crust centrally, faint livedo ring, no drainage, no effusion. AM portal fine.
VS: T 98.3, BP 146/80. BMI 30.6. INR 2.6 (warfarin resumed).
A: nodule at R knee portal - stitch abscess vs early SSI; with ESRD plus warfarin,
calciphylaxis cannot be excluded.
P: doxycycline 100 BID for ten days, derm referral, recheck 2 wk.
"""),
("2018-04-24", "Dermatology Consult (TRICARE Network)", """
DERMATOLOGY (network)   April 24, 2018
R knee anterolateral portal nodule, 1.8cm, central eschar 4mm, livedoid rim.
No better on doxycycline.
Ddx: granulomatous suture reaction vs possible early calciphylaxis; the latter is a real
concern on warfarin with ESRD.
Offered punch bx - pt declines (afraid a knee wound will not heal). Empiric
measures reviewed with his nephrologist by phone.
Relocating next month to Prescott, AZ, near his daughter; will use TFL with a civilian
dermatologist there. Letter given summarizing the concern and advising bx.
BMI 30.6.
"""),
]}

D17 = {"patient_id": "D17", "age": 73, "sex": "F", "notes": [
("2024-09-30", "Dialysis Unit Nursing Note", """
HD NURSING NOTE - Pinecrest Dialysis (TRICARE network)   9/30/24
73 yo F, widow of Air Force retiree, TFL.
Pt reports that on Saturday (9/28/24) a commissary shopping cart caught her R shin
with its lower edge. Small skin tear R anterior shin 2cm, flap approximated, clean.
Cleansed NS, Steri-Strips, dry gauze; told to keep it dry 48 h.
Pre BP 150/72, post 134/68, UF 2.4 L. Access L AVF, good thrill.
DM2 on insulin, BMI 24.2.
Notified charge RN and nephrologist at rounds.
Next tx Wed.
"""),
("2024-11-05", "Vascular Surgery Consult (TRICARE Network)", """
VASCULAR SURGERY (network)   Nov 5, 2024
Ref for nonhealing R shin wound.
HPI: skin tear on the R shin late Sept never healed; during the last two to three weeks
it blackened and became exquisitely painful.
Exam: front of R shin - an ulcer of about 3x2.5cm, its floor hidden under black eschar,
purple livedoid margin.
Pedal pulses not palpable; ABI noncompressible (calcified vessels); TBI 0.38.
A: R shin ulcer - ischemic/arterial ulcer vs calciphylaxis; can't sort out without bx,
but a biopsy may not heal with this perfusion. Angio with possible intervention discussed.
P: pt and family want to think it over; wound care in the meantime.
"""),
("2024-12-02", "Palliative Care Note", """
PALLIATIVE CARE - Pinecrest   12/02/24
73 yo F, ESRD (HD), insulin-treated DM2, PAD.
Family meeting with pt, daughter (POA) and son by phone: pt declined angiogram and
biopsy. She chose hospice; last HD will be this Friday, by her choice.
R shin: 3.5cm black eschar, livedo around, painful - possible calciphylaxis vs ischemic
ulcer, never biopsied, no further workup per goals of care.
Plan: comfort focus, hydromorphone, dressings with silicone foam, hospice intake tomorrow.
Chaplain visit requested. BMI 24.2. Code status DNR/DNI confirmed, form signed.
"""),
]}

D18 = {"patient_id": "D18", "age": 34, "sex": "M", "notes": [
("2022-02-07", "Battalion Aid Station Sick Call", """
SICK CALL - 2-41 IN BAS   07 FEB 22
34 yo M, SSG, redeployed 3 weeks ago.
S: sores on the R forearm that started as "bug bites" during his last month in
theater (December). Painless, slowly growing, crusted. Slept outside on guard rotations,
lots of sand flies. No fever. No meds. No PMH.
O: T 98.4  HR 64  BP 124/76.  BMI 25.1.
R dorsal forearm: two ulcers, 2.5cm and 1cm, raised rolled borders, central
adherent dark crust. Epitrochlear node palpable R.
A: R forearm ulcers - cutaneous leishmaniasis most likely; ecthyma, sporotrichosis;
PA also raised calciphylaxis given the dark crust, very unlikely in a healthy SM.
P: derm consult at the MTF, BMP, profile: no field duty, keep covered. RTC prn.
"""),
("2022-02-22", "Dermatology Note (MTF)", """
DERMATOLOGY - Rudd Army Community Hospital   22 Feb 2022
SSG referred from the BAS with R forearm ulcers after deployment.
Punch bx R forearm ulcer border (2/14/22): dense dermal lymphohistiocytic infiltrate
with intracellular amastigotes on H&E and Giemsa. No vascular calcification -
calciphylaxis excluded.
Cr 0.9, Ca 9.3. Healthy, no kidney disease, no DM, no anticoagulants.
Exam today: the two R dorsal forearm ulcers unchanged, 2.6cm and 1.1cm, rolled edges,
no satellite lesions, no mucosal findings on oral/nasal exam.
Dx: cutaneous leishmaniasis, R forearm.
PCR sent to the reference lab for species. ID referral through TRICARE.
BMI 25.1.
"""),
("2022-03-15", "Infectious Disease Consult (TRICARE Referral)", """
INFECTIOUS DISEASE (network, TRICARE referral)   3/15/22
SSG, 34, cutaneous leishmaniasis R forearm, PCR L. major.
2 lesions, no mucosal involvement, no spread beyond the R epitrochlear node.
Labs: CBC normal, LFTs normal, Cr 0.9.
Plan: thermotherapy vs topical/intralesional options discussed; chose cryotherapy to
both lesions at derm q3 wk; photo documentation each visit.
Duty: profile continues, no field duty until healed, may do office work.
Reportable: entered to Army disease reporting system. Unit surgeon notified so the rest
of the platoon can be screened for similar sores.
"""),
]}

D19 = {"patient_id": "D19", "age": 29, "sex": "F", "notes": [
("2025-06-03", "Troop Medical Clinic Sick Call", """
SICK CALL - TMC 4, Fort Kingsford   03JUN25 0645
29 yo F, SPC, 92Y. Screened by 68W then seen by PA.
S: her father (retired SFC, on dialysis for years) died last month from calciphylaxis.
She is worried she will get it; wants to know if she inherited a risk. Some blotchy skin
on her thighs after cold showers that goes away when she warms up.
No kidney problems known. No meds except OCP. No DM.
O: T 97.8  BP 112/70  HR 66.  Wt 138 lb, BMI 23.0.
Skin: normal; nothing nodular, ulcerated or purpuric.
A: family hx of calciphylaxis; no evidence of disease.
P: explained that calciphylaxis is mainly a problem of people with kidney failure and
isn't passed on directly; BMP, Ca, phos ordered; condolences; chaplain / MFLC info given. RTD.
"""),
("2025-06-17", "PCM Follow-up", """
PRIMARY CARE - Fort Kingsford   17 Jun 2025
F/u labs after sick call.
Results: creatinine 0.7 with eGFR above 90; calcium 9.2; phosphorus 3.4; UA normal.
Reviewed with SPC: normal kidneys, no sign of calciphylaxis, no skin lesions today.
Mottled skin after cold showers is normal cutis marmorata, nothing to treat.
Grief: sleeping ok, unit aware, behavioral health walk-in offered, declined for now.
Dad's death was hard on the family; she is on emergency leave orders for the funeral
next week.
BMI 23.0.
Plan: routine PHA, no further testing.
"""),
]}

D20 = {"patient_id": "D20", "age": 64, "sex": "M", "notes": [
("2026-01-13", "Peritoneal Dialysis Dietitian Note", """
RENAL DIETITIAN - PD PROGRAM, Fort Selden Army Medical Center   13 Jan 2026
64 yo M, MAJ (Ret), TRICARE Prime, on CCPD 2 yrs. DM2 diet controlled, no meds for it.
Phos 6.4 last month, up from 5.5. Diet recall: processed deli meats, colas, frozen meals
from the commissary.
Education: phos additives on labels, binder with each meal and snack, protein from
fresh sources.
Also went over why we chase phos and PTH: when they run high, people on PD or HD
sometimes get calciphylaxis, where skin and fat die off painfully; so keep heating pads and hot
packs away from bare skin, and call the PD nurse about any new tender spot.
Wt 198 lb, BMI 28.8. RTC 1 mo.
"""),
("2026-02-10", "Peritoneal Dialysis Clinic Note", """
PD CLINIC - Fort Selden AMC   2/10/26
Monthly visit. CCPD 5 x 2 L; Kt/V (weekly) 1.8; never had peritonitis; exit site clean.
Meds: sevelamer 800 TID, apixaban 5 BID (warfarin until 2020, switched), lisinopril.
Labs: PO4 down to 5.6 after diet changes; Ca 9.1; PTH 410.
Skin survey head to toe: clear - not a nodule, ulcer or patch of livedo; nothing suggesting
calciphylaxis.
BMI 28.8.
Plan: continue diet changes, recheck labs 1 mo. He asked again about the skin disease
the dietitian mentioned - reassured, reviewed which symptoms to report. Next clinic in
four weeks.
"""),
]}

PATIENTS = [D15, D16, D17, D18, D19, D20]
