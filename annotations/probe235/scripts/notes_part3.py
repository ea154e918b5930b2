"""probe235 corpus notes, N15-N20 (infectious diseases / OPAT and the clinics around them; all invented)."""

N15 = {"patient_id": "N15", "age": 71, "sex": "F", "notes": [
("2024-06-10", "OPAT Clinic Visit", """
OPAT VISIT - ID   2024-06-10
71F, R TKA PJI (S. epidermidis), 2-stage plan; 1st stage 5/20/24 w/ antibiotic spacer.
Daptomycin 8 mg/kg q48h (CrCl 24) via L basilic PICC. CK 112 (wk 3).
CKD4, eGFR 22, pre-dialysis (not on HD/PD); nephrology following, access planning
down the road.
T2DM: glipizide only, no insulin. BMI 33.0, obese.
Post-op L popliteal DVT 5/28 -> SC enoxaparin (1 mg/kg, renally dosed once a day),
injected into the abdomen, bridging to warfarin (started 6/3, INR 1.8 today).
Exam: R knee incision healing, spacer stable. PICC site clean. Skin otherwise unremarkable.
Plan: dapto through 7/1; weekly CBC, BMP, CK; INR via anticoag clinic.
"""),
("2024-06-24", "Dermatology Consult", """
Dermatology consult  06/24/2024
Referred by OPAT: painful purplish patches on the lower abdominal wall, right at the
enoxaparin injection spots; onset about 6/15. Enoxaparin continued until the INR was
therapeutic (reached 6/21, now off).
Exam: lower abdomen, both sides, several 1-3 cm stellate retiform purpuric plaques, two with
small central black necrosis, among injection bruises.
Ddx list: HIT-related skin necrosis; skin necrosis from warfarin; calciphylaxis, early
(CKD 4, on warfarin, obese); septic emboli (less likely, BCx neg).
Punch bx x1 from the L lower quadrant today. HIT PF4 antibody sent.
Plan: await path; stop using the abdomen for injections.
"""),
("2024-07-02", "ID OPAT Chart Note", """
ID OPAT - chart/phone note   July 2, 2024
Derm bx (6/24): superficial specimen with epidermal necrosis and dermal hemorrhage, a few
thrombosed dermal capillaries; subcutis not sampled, no vascular calcification seen.
Pathologist: nondiagnostic; calciphylaxis cannot be excluded. PF4 antibody negative.
Derm offered a deeper incisional sample; pt declined.
Daptomycin completed 7/1, PICC pulled at the infusion center the same day.
Pt relocating this week - going to live with her son in another state; care handed to
outside ortho/ID for the 2nd-stage revision. Warfarin continues (INR 2.4).
Unresolved: abdominal necrosis, ?calciphylaxis vs drug-induced necrosis - records sent.
"""),
]}

N16 = {"patient_id": "N16", "age": 52, "sex": "M", "notes": [
("2019-09-03", "Infectious Diseases Consult", """
INFECTIOUS DISEASES CONSULT   Sept 3 2019
52M; ESRD; his AVF failed, so he dialyzes off a tunneled line, right IJ; HTN;
hep C (treated 2017). No diabetes; no anticoagulant. BMI 23.0.
Admitted 9/1 w/ rigors on HD. BCx 4/4 MRSA. TTE: 1.1 cm mitral vegetation, mod MR.
Catheter removed 9/2, tip cx MRSA; temporary femoral line in the L groin for HD.
Also: painful mottled purple patches on both shins/calves, first seen by RN yesterday;
denies injecting drugs; no leg trauma.
Exam: bilateral lower legs, net-like purpura with a few 1-2 cm dusky nodules, no ulceration.
A/P: MRSA endocarditis. Leg lesions: septic emboli vs calciphylaxis vs vasculitis.
- vanc dosed w/ HD; consider adding ceftaroline
- CT surgery eval
- derm consult for the legs
"""),
("2019-09-06", "Dermatology Inpatient Consult", """
DERM INPATIENT CONSULT 09/06/19
Bilateral lower legs: retiform purpura, several firm tender subcutaneous nodules, one early
eschar on the R shin. No Janeway lesions, no Osler nodes on the hands. Trunk and arms spared.
Favor calciphylaxis given the distribution and ESRD (PTH 1,150, phos 8.0), though septic
emboli remain in the differential.
Bx deferred: platelets 38K, on a heparin drip for L femoral DVT.
Rec: repeat platelets; bx once >50K; no empiric STS until tissue dx; gentle dressings;
keep pressure off the shins.
"""),
("2019-09-10", "ID Progress Note", """
ID progress note (fellow)   9/10/2019
Pt left AMA on the evening of 9/9, before the skin bx and before CT surgery's decision,
despite long counseling with his sister present. Repeat BCx 9/6 and 9/8 NGTD.
A single dose of dalbavancin 1500 mg was given before he left, as a bridge.
Leg lesions at last exam unchanged: bilateral retiform purpura with nodules; no tissue
dx ever obtained, so calciphylaxis vs septic emboli stays unresolved.
Outpatient HD unit (Harlan Street Dialysis) notified; ID clinic appt 9/17 made; social work
trying to reach him.
"""),
]}

N17 = {"patient_id": "N17", "age": 60, "sex": "F", "notes": [
("2021-11-16", "Infectious Diseases Consult", """
ID CONSULT   Nov 16, 2021
Q from hospitalist: R flank cellulitis not responding to cefazolin (day 4)

60F, ESRD from chronic glomerulonephritis, on PD (CAPD, 4 exchanges/d) since 2020; T2DM,
diet-controlled; metastatic pancreatic adenocarcinoma dx Oct 2021. No warfarin. BMI 27.5.
Heating pad (electric) on her R flank most nights from summer on, for cancer back
pain. Over the last ~2 weeks: a tender hard area there with a lacy brown-purple pattern and two pea-sized painful nodules.
Afebrile, WBC 8.8, BCx neg.
Exam: R flank 10 x 8 cm reticulated hyperpigmentation; indurated plaque with livedoid purple
areas and 2 tender nodules; no ulcer, no fluctuance.
A/P: low suspicion for cellulitis. DDx: EAI (erythema ab igne) plus panniculitis, or
early calciphylaxis. Stop cefazolin; derm bx if it fits her goals.
"""),
("2021-11-19", "Palliative Care Consult", """
Palliative care consult   11/19/2021
60F w/ metastatic pancreatic ca, ESRD on PD. Met with pt, husband and daughter.
Skin biopsy declined - "no more needles or cutting, I'm done with that."
She understands the R flank patch could be calciphylaxis or skin damage from the heat, and is at peace not
knowing which.
Goals: home with hospice; continue PD while it stays manageable; no rehospitalization.
Symptoms: flank pain 6/10, fatigue, poor appetite.
Plan: hydromorphone 0.5-1 mg PO q4h PRN pain; lidocaine patch off the plaque; no more
heating pad; hospice referral (Hearthside) placed; code status DNR/DNI confirmed.
"""),
("2021-12-01", "ID Telephone Note", """
ID phone note  12/01/21
Hospice RN (Dustin Ferreira, Hearthside Hospice) called: R flank area stable, no opening,
no fever; asking whether antibiotics are needed. Answer: no - infection was never
supported by the exam or the labs.
Never biopsied; working ddx stays EAI + panniculitis vs possible early calciphylaxis,
managed for comfort only. Per RN, the family has taken the heating pad away.
Pain controlled on the oral hydromorphone.
PD continuing at home, husband assisting.
ID signing off; glad to help again if needed.
"""),
]}

N18 = {"patient_id": "N18", "age": 45, "sex": "M", "notes": [
("2020-08-17", "Infectious Diseases Consult", """
ID CONSULT  08/17/2020  (fellow; attending Dr. Solveig Marchetti)
45M, T1DM (glargine/lispro, abdominal injections), ESRD - HD Mon-Wed-Fri by L arm fistula,
admitted 8/15 in DKA. BMI 21.7. No warfarin.
Since admission: 3 enlarging black lesions, L lower abdomen, at his insulin injection
spots, with dusky purple skin around them. Very painful. Tmax 38.6.
Exam: L lower quadrant, three 1.5-3 cm necrotic plaques with black eschar and violaceous
halo; no crepitus.
Labs: glucose 412 -> 160, gap closed. WBC 15.2, ANC 12.8.
DDx: angioinvasive mold (mucor) given DKA vs ecthyma vs calciphylaxis.
Recs: urgent incisional bx with tissue cx + fungal stain; start liposomal amphotericin B
5 mg/kg now; general surgery consult.
"""),
("2020-08-19", "Dermatology / Dermatopathology Addendum", """
Dermatology / dermpath addendum   8/19/2020
Incisional bx, L lower abdominal lesion (8/17): dermal and subcutaneous necrosis with
broad, pauci-septate, ribbon-like hyphae branching at right angles and invading vessel
walls; GMS+. No vessel calcification (H&E, VK both negative).
Tissue cx: Rhizopus spp. (prelim).
Hyphae reach the deep and lateral margins, so disease extends past the visible eschar.
Dx: cutaneous mucormycosis at insulin injection sites. Calciphylaxis is ruled out.
Recs: continue L-AmB; wide surgical debridement per general surgery; photos in chart.
Discussed by phone with the ID fellow and with surgery at 14:10.
"""),
("2020-08-28", "ID Attending Progress Note", """
ID attending note   Aug 28, 2020
Cutaneous mucormycosis, L lower abdominal wall, s/p debridement 8/20 and 8/24 (margins
clear at 2nd look). On L-AmB 5 mg/kg, day 12; K and Mg replaced after HD.
Wound VAC on the debrided bed since 8/25, granulating.
Calciphylaxis was considered early on but excluded by histology.
Plan: switch to isavuconazole PO once the wound is stable, total >= 6 wk; endocrine for
insulin technique (rotate sites, fresh needle every time) and glucose control; PCP and HD
unit aware.
"""),
]}

N19 = {"patient_id": "N19", "age": 38, "sex": "F", "notes": [
("2025-02-04", "OPAT Intake - ID Clinic", """
OPAT INTAKE - ID clinic   4 Feb 2025
38F, L tibial plateau fx (MVC, Nov 2024) s/p ORIF, now deep SSI w/ MSSA + Cutibacterium;
washout w/ hardware retained 1/28/25. Ceftriaxone 2 g IV daily via R basilic PICC x 6 wk,
then oral suppression per ortho.
PMH: normal renal function (Cr 0.6), no diabetes, never on anticoagulants. Outside
records give her BMI as 30-31.
FHx: mother, on HD for lupus nephritis, died with calciphylaxis in 2019 - pt scared of the
same fate.
Exam: L knee incision w/ mild erythema, no drainage. Skin elsewhere normal, no livedo.
Plan: weekly CBC/diff, CMP, ESR, CRP; ortho f/u 2 wk.
Reassurance given: calciphylaxis essentially occurs with advanced kidney disease, and her
kidneys are normal.
"""),
("2025-03-04", "OPAT Weekly Visit", """
OPAT visit wk 5   03/04/2025
Ceftriaxone tolerated; some loose stools, C diff neg 2/25. Labs 3/3: WBC 6.0, eos 2%,
AST/ALT nl, Cr 0.6, ESR 22 (from 71), CRP 0.6.
L knee incision healed, no erythema. PICC site R arm clean, dressing changed today.
She asked for a skin check: purpura, nodules, ulcers all absent - nothing to suggest
calciphylaxis.
Wt 88.2 kg, BMI 30.6.
Plan: IV ends 3/11, PICC out 3/11, then cefadroxil 1 g bid suppression per ortho.
"""),
]}

N20 = {"patient_id": "N20", "age": 77, "sex": "M", "notes": [
("2023-11-07", "Infectious Diseases Consult", """
ID consult   11/7/2023
77M ESRD, HD TTS; T2DM (linagliptin; not insulin-treated); s/p CABG x3 10/12/23.
Took warfarin for AF until 2012, when a GI bleed ended it; none since. BMI 26.1.
Sternal wound: 3 cm superficial dehiscence at the lower sternum w/ purulent drainage;
wound cx MSSA. CT chest: no sternal osteomyelitis, no mediastinal collection.
Recs:
- cefazolin 2 g post-dialysis TIW x 4 wk (no PICC; vein preservation)
- local wound care per CT surgery, no VAC needed
- pt asks about IM B12 shots his PCP offered - advised to avoid IM injections given
  HD and the risk of calciphylaxis; oral B12 instead
"""),
("2023-12-05", "ID Clinic Follow-up", """
ID clinic f/u   5 Dec 2023
Cefazolin course finished at HD 12/2. Sternal wound closed; no drainage, no tenderness,
no click.
Skin survey (pt worried after reading online): thighs, abdomen and legs without livedo,
nodules or ulcers. No sign of calciphylaxis.
Talked it over with pt + wife: if painful dark spots show up, call renal; warfarin should
not be restarted if it can be avoided.
Labs at HD 12/2: WBC 6.8, CRP 0.9.
Weight 80.2 kg; EMR BMI 26.0.
Plan: ID prn.
"""),
]}

PATIENTS = [N15, N16, N17, N18, N19, N20]
