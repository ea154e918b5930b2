"""probe181 corpus notes, A15-A20 (HIV and sexual health clinics and the clinics around them; all invented)."""

A15 = {"patient_id": "A15", "age": 44, "sex": "F", "notes": [
("2022-08-15", "HIV Clinic LAI Injection Visit", """
LAI VISIT - CAB/RPV q2mo
44F, HIV on LA CAB/RPV since 2021, VL <20, CD4 655. ESRD (IgA nephropathy)
on PD, nightly cycler. No DM. No anticoagulants.
L buttock still has a pea-sized knot from the June doses -> both injections
given in the R gluteal today, 2cm apart:
 CAB 600mg IM R gluteal; RPV 900mg IM R gluteal. 1.5" needles.
BP118/72 P70 63.5kg BMI 24.0
Pt reminded: ice or warm compress ok for 1-2 days if sore; call if the area
turns dark or very painful.
Next due 10/17/22.
"""),
("2022-09-06", "HIV Clinic Acute Visit", """
HIV CLINIC - ACUTE VISIT (NP)
S: R buttock painful, hard and purplish since 8/25, getting worse; hurts to
lie on it. No fever.
O: T 36.8. R upper outer buttock over the 8/15 injection sites: dusky,
indurated 5x4cm plaque, livedoid rim; no fluctuance, no eschar.
PD unit labs 8/30 - PTH905, Ca10.0, P7.5.
A: severe injection-site reaction vs early calciphylaxis (PD, high phos and
PTH) - calciphylaxis not excludable.
P: offered a punch bx today; she said no ("no more holes in me"). Photos
taken. Messaged nephrology. Back in 1 wk, earlier if the skin breaks.
"""),
("2022-09-20", "Nephrology PD Clinic", """
PD CLINIC
44F on CCPD, good adequacy. R buttock plaque seen: about the same size,
slightly softer, still tender, skin unbroken.
Assessment: possible calciphylaxis at the R gluteal CAB/RPV sites vs a
prolonged injection reaction - not proven either way; she declined bx again
today.
Plan: phos binder up, cinacalcet started; empiric thiosulfate left to her new
team. Pt relocating to Halifax 10/1 - records and PD prescription faxed to the
receiving unit. No further f/u here.
BP120/76, BMI 23.8
"""),
]}

A16 = {"patient_id": "A16", "age": 62, "sex": "M", "notes": [
("2018-04-09", "HIV Clinic Follow-up", """
HIV CLINIC F/U
62M, multidrug-resistant HIV, on enfuvirtide 90mg SC BID since 2016 +
DRV/r + RAL + ETR. VL 180, CD4 96. ESRD, hemodialysis x3/wk. Type 2 DM, takes
insulin (abdomen); no warfarin.
Enfuvirtide: self-injects both anterior thighs, rotating. Baseline small ISR
nodules as always.
New: 2 larger, very painful violaceous nodules on the L anterior thigh with
dusky centres x 3 wks. Afebrile.
On exam the L front of thigh has 3cm + 2cm nodules, purple, dusky
necrotic centres, livedoid rim. R thigh: usual small ISR nodules only.
BP146/82, 68.9kg, BMI 23.1
A: severe enfuvirtide ISR vs calciphylaxis vs infection.
P: derm this wk; stop using the L thigh; ID pharmacy re alternatives.
"""),
("2018-04-18", "Dermatology Consult", """
DERMATOLOGY
Punch bx 4/11, L anterior thigh nodule: lobular panniculitis, necrotic fat;
vessels on the levels cut show no calcium; calcium stain neg on these
sections.
Comment: nondiagnostic - a shallow punch often misses the affected vessels,
so calciphylaxis is not excluded. Recommend deep incisional bx.
Pt declines another bx ("I've had enough needles").
Exam: unchanged nodules; no new sites.
Impression: panniculitis at enfuvirtide sites; ?calciphylaxis remains on the
table.
Plan: avoid L thigh injections; warm soaks not advised; f/u HIV clinic.
"""),
("2018-05-14", "HIV Clinic Follow-up", """
HIV CLINIC F/U
Enfuvirtide stopped 4/30; ibalizumab IV q2wk started 5/1 (infusion centre),
background regimen unchanged.
L anterior thigh nodules smaller, dusky areas drying, no ulcer. Pain 3/10.
Whether this was calciphylaxis is still unclear - no deep bx done, and with
healing the question may stay open. No empiric thiosulfate per nephrology.
VL 70, CD4 104; calcium 9.3 and phosphorus 6.4 on HD bloods.
BP140/80, BMI 22.8
Ibalizumab infusions going smoothly, no reactions so far. Home glucose readings
120s-180s on the same insulin doses; pill counts show good adherence.
RTC 4 wk.
"""),
]}

A17 = {"patient_id": "A17", "age": 68, "sex": "F", "notes": [
("2021-07-12", "HIV Infusion Center Note", """
INFUSION CENTRE NOTE - ibalizumab
68F, MDR HIV on ibalizumab 800mg IV q2wk + OBR. ESRD, in-centre HD (fistula
in the L arm). Type 2 DM, diet alone. Obese. Warfarin until 2020, then
switched to apixaban.
22g PIV placed R forearm (volar, mid) on first attempt; ibalizumab infused
over 15 min, flushed, PIV removed, site dry.
Tolerated, no infusion reaction, observed 15 min.
BP134/70 HR76 SpO2 97% RA
Says she rarely misses the oral agents; last VL 1,450 copies, CD4 88. Walks
in with a cane, no new complaints.
Next infusion 7/26.
"""),
("2021-08-09", "HIV Infusion Center Note", """
INFUSION CENTRE NOTE
RN: before cannulation found a sore purple patch, R volar forearm, at
the earlier IV sites, started ~1 wk ago per pt. 4x3cm purpuric indurated
plaque w/ livedoid margin, no cord, no pus. Photo to chart.
PIV placed R hand dorsum instead; ibalizumab given without issue.
Provider (Dr. Mbeki) seen: superficial thrombophlebitis vs extravasation
injury vs early calciphylaxis (HD pt, phos 7.8) - would want a bx.
Plan: warm compresses NOT advised; derm referral; avoid the R forearm for
IVs.
"""),
("2021-08-20", "Palliative Care Consult", """
PALLIATIVE CARE CONSULT
68F with ESRD on HD, MDR HIV, recurrent access failure, frailty. After a
family meeting she decided to come off dialysis and be cared for at home
under hospice.
Symptoms: fatigue, pruritus, pain at the R forearm patch (query
calciphylaxis - not biopsied; derm appt cancelled at her request; no further
workup, in line with her goals).
Plan: hospice referral; last HD this Friday; ibalizumab stopped;
oxycodone 2.5mg prn; diet-controlled diabetes - no monitoring needed.
Code status DNR/DNI.
"""),
]}

A18 = {"patient_id": "A18", "age": 39, "sex": "M", "notes": [
("2020-02-10", "STI Clinic Visit", """
STI CLINIC VISIT
39M, MSM, HIV-neg on no PrEP (ESRD on HD TTS from FSGS). 2 wk rash on
palms/soles + trunk, patchy hair loss. RPR 1:128, TP-PA reactive.
Dx: secondary syphilis.
Tx: Bicillin L-A 2.4 MU IM x1, given as a single injection in the R
buttock (upper outer quadrant), pt's preference. Severe pain during the
push, settled after 10 min; observed 30 min.
Not diabetic; no anticoagulation.
BP150/90 HR90 77.0kg BMI 26.9
Partner services referral. Repeat RPR 3, 6, 12 mo. PrEP to be discussed
at follow-up.
"""),
("2020-02-13", "Emergency Department Note", """
ED NOTE
39yo man on HD; Bicillin IM into R buttock 2/10, immediate severe pain.
Now a bluish-purple net-like patch, 10x8cm, w/ a dusky centre over the
injection site; pain 10/10. Afebrile, WBC 9.2, CK 410, lactate 1.4.
CT pelvis: subcutaneous edema R buttock, no gas, no collection.
Ddx: Nicolau syndrome vs calciphylaxis (dialysis pt) vs necrotizing
infection (no gas on CT, hemodynamically fine - less likely).
Plan: admit, derm consult for bx, analgesia, surgery aware.
Tetanus current. Hydromorphone 0.5mg IV x2 in the department with relief.
"""),
("2020-02-24", "Dermatology Consult", """
DERMATOLOGY
Bx 2/14, R buttock: dermal + subcutaneous vessels occluded by thrombus,
ischaemic necrosis; NO calcification, von Kossa negative on multiple levels.
Dx: embolia cutis medicamentosa (Nicolau syndrome) after IM benzathine
penicillin. Calciphylaxis ruled out.
Exam: R buttock 10x8cm eschar demarcating, surrounding livedo fading.
Plan: wound care, surgical review for debridement, no further IM Bicillin
into that site; penicillin is not the problem, technique/site is - future
doses in the ventrogluteal area with aspiration.
Repeat RPR due in 3 months; the PrEP conversation is postponed until he is home.
"""),
]}

A19 = {"patient_id": "A19", "age": 33, "sex": "F", "notes": [
("2025-03-03", "PrEP Clinic Initial Visit", """
PrEP CLINIC - INITIAL VISIT
33F, cis woman, 2 male partners (one HIV+ on ART, VL unknown). HIV Ag/Ab neg,
HBsAg neg, anti-HBs neg -> HepB series started today (Heplisav #1, L deltoid).
Cr 0.70, eGFR >90, UA no protein. Not diabetic.
FHx: mother was on HD for 9 yrs and died in 2019 from calciphylaxis ("her
legs turned black"); pt scared PrEP will "wreck my kidneys like hers."
Explained TDF/FTC kidney monitoring and that calciphylaxis is tied to kidney
failure, not to PrEP.
Skin: normal.
BP122/76 HR80 84.0kg BMI 30.0
Plan: TDF/FTC 200/300 mg daily, labs q3mo.
"""),
("2025-06-02", "PrEP Clinic Follow-up", """
PrEP F/U (3 mo)
Adherent, 1 missed dose. No side effects.
HIV neg; GC/CT neg; RPR NR. Cr 0.72 (stable), eGFR >90.
Heplisav #2 given today, R deltoid.
Still anxious about her mother's history; reassured - no kidney disease, no
skin changes.
Skin: clear - no rash, no ulcer, no purpura anywhere.
BP118/74, 84.1kg, BMI 30.0
Contraception: copper IUD, unchanged. Asked about injectable PrEP - would rather
stay on tablets for now; we can revisit at any visit. HepB 2-dose series now
complete.
Plan: continue TDF/FTC; next labs Sept.
"""),
]}

A20 = {"patient_id": "A20", "age": 60, "sex": "M", "notes": [
("2022-10-17", "HIV Clinic Follow-up", """
HIV CLINIC - FOLLOW-UP
60M, HIV on DTG + DRV/c, VL <20. ESRD (in-centre HD). T2DM - glargine
and aspart, both into the abdomen. St Jude mitral prosthesis, so
warfarin indefinitely; target INR 3.0 (+/- 0.5). Obesity.
Counselling today (pt read about calciphylaxis online): his risk is higher
with dialysis, warfarin, diabetes and weight - advised him to keep moving his
insulin sites around, to skip heating pads and ice packs altogether, and to
phone us that day if he ever spots a dark, painful patch. Warfarin cannot be
switched
(mechanical valve).
Skin: full exam - intact, no purpura or ulcers.
PTH410 Ca9.2 P5.4
BP138/80, 112.0kg, BMI 35.9
"""),
("2023-01-09", "HIV Clinic Follow-up", """
HIV CLINIC F/U
No new issues. Rotating insulin sites as advised, keeps a little chart on the
fridge. INR stable 2.8-3.1 (anticoag clinic). Walking 20 min most days; lost
about 1.5 kg since October. Eye exam done in December, mild background
retinopathy. Flu shot and COVID booster had at the pharmacy in the autumn.
Skin check: no lesions, no livedo; nothing to suggest calciphylaxis.
HD going well per pt; phos binder adherence better (Phos 4.9).
VL <20, CD4 520.
BP134/78, 110.4kg, BMI 35.5
RTC 4 mo.
"""),
]}

PATIENTS = [A15, A16, A17, A18, A19, A20]
