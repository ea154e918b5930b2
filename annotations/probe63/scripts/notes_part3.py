"""probe63 corpus notes, N15-N20 (telehealth video, phone triage, patient portal; all invented)."""

N15 = {"patient_id": "N15", "age": 66, "sex": "F", "notes": [
("2021-03-15", "Telehealth Video Visit", """
VIDEO VISIT - PD clinic
Pt at home in Kissimmee; daughter translating (Spanish). Consent for video visit verbal.

66 F, ESRD on CCPD, DM2 on NPH which she injects into the L anterior thigh "siempre en el mismo lugar" since about 2019. Not on warfarin. BMI 29.0.
~2 weeks of a sore, hard, darkening area in the L thigh at her injection spot.

Video: L anterior thigh ~3 cm firm-appearing violaceous plaque, faint central grey discoloration, no drainage. R thigh not examined (pt declined to undress further on camera).

A: violaceous plaque right where she injects. Could be early calciphylaxis; could equally be lipohypertrophy with fat necrosis, or an abscess. Video cannot settle it.
P: in-person punch bx 3/24, switch injections to abdomen, labs at next PD clinic.
M. Esposito MD
"""),
("2021-03-29", "Phone Note", """
Pt did not come to the 3/24 biopsy appt. Called: daughter answered. Her mother will relocate to her sister's home in San Juan next week and "doesn't want to be cut." Spot about the same, still sore.
Explained why we wanted the bx (to check for calciphylaxis vs something less serious). Daughter will ask her to reconsider; gave PD unit transfer contact.
K. Mwale RN
"""),
("2021-04-12", "Patient Portal Message", """
Subject: my mom
Hi, this is Ana for my mom Odalys. She is in San Juan now, doing her PD there at a new unit. The leg spot is the same, not bigger, she puts vaseline. The new doctors there have not looked yet.

---Reply (Dr Esposito)---
Ana, thanks for the update. Please ask her new nephrologist to see the thigh soon. We never got a biopsy, so it is still not known whether this is calciphylaxis or a simpler injection-site problem. I have faxed our notes over.
"""),
]}

N16 = {"patient_id": "N16", "age": 74, "sex": "M", "notes": [
("2023-01-09", "Phone Triage", """
Nurse advice line
Caller: pt's wife (Lorraine Haskett).
Christmas Eve he went down on the back steps, scraping his R shin along a step edge. Since then the scrape turned into a black scab that keeps widening, with purple skin ringing it. Very painful. He is on warfarin for a PE. Kidneys "at stage 3."
No fever. Walking ok.
Disposition: video visit w/ PCP within 24 h, booked 1/10 9:20.
T. Garrow RN
"""),
("2023-01-10", "Telehealth Video Visit", """
Video visit. Pt at home w/ wife. Consent given.
74 M, CKD 3b (eGFR 34, no dialysis), PE 2021 on warfarin (INR 2.8), no DM. BMI 27.0.
Fall 12/24/2022 with R shin abrasion. Over the following ~10 days turned dark; now eschar.

Video: R anterior shin - black eschar measuring about 4 by 3 cm, violaceous ragged border. L shin intact.

A: necrotic R shin ulcer after trauma, on warfarin, CKD 3b. Possibilities: a slow-healing traumatic ulcer, warfarin necrosis, or calciphylaxis (atypical off dialysis yet not impossible).
P: wound clinic w/ bx, INR, Ca/phos/PTH.
H. Ostergaard MD
"""),
("2023-02-07", "Telehealth Video Visit", """
Video f/u.
Bx 1/19 (R shin ulcer margin): granulating ulcer base with dermal fibrosis; the sample shows no calcified vessels, but the pathologist notes it is shallow and cannot exclude calciphylaxis.
Ulcer smaller on camera, edges pink. Pt declines a deeper biopsy since "it's getting better."
Imp: R shin ulcer, cause unclear - possible calciphylaxis, not confirmed.
P: continue wound care, will re-image/rebiopsy if it stalls.
H. Ostergaard MD
"""),
]}

N17 = {"patient_id": "N17", "age": 81, "sex": "F", "notes": [
("2020-07-06", "Dermatology Video Consult", """
Dermatology teleconsult (video). Pt at home after discharge from Mercy on 6/29; granddaughter Keisha with her. Consent verbal.

81 F, ESRD, HD on M/W/F; T2DM diet-controlled, CHF. During her 2-week admission in June she got heparin shots twice a day into her belly. Since ~7/1 painful dark plaques low on the abdomen, which the granddaughter says match where the shots went.

Video: lower abdomen with 4-5 violaceous plaques 1-2 cm, one with central black crust; some faint yellow-green discoloration nearby.
BMI 23.0 per hospital d/c summary.

A: tender violaceous plaques where the inpatient heparin was injected - suspect calciphylaxis; heparin-induced skin necrosis or resolving injection hematomas also possible.
P: bx recommended; labs at dialysis.
D. Pham MD
"""),
("2020-07-08", "Phone Note", """
Granddaughter called: her grandmother refuses biopsy - "not at her age." Family meeting with palliative care planned.
Hydromorphone 0.5 mg prn is holding the pain.
Message routed to nephrology & derm.
J. Ortega RN
"""),
("2020-07-20", "Nephrology Video Visit", """
Video visit with pt and family.
After discussion the pt chose to stop hemodialysis and enroll in home hospice; last HD run 7/17. No biopsy will be done. Abdominal plaques unchanged. The skin findings were never confirmed - calciphylaxis was our leading suspicion but we do not have a diagnosis.
Comfort-focused care, hospice RN visit tomorrow.
A. Kowalski MD
"""),
]}

N18 = {"patient_id": "N18", "age": 52, "sex": "M", "notes": [
("2019-04-15", "Telehealth Video Visit", """
Video visit, pt at home. Consent obtained.
52 M. ESRD - HD Tue/Thu/Sat. Diabetic (type 2), lispro and glargine. CAD; coronary angiogram done 03/28/2019, right groin access. About a week after that: lacy purple mottling both thighs, with a few painful darker spots, and two blue toes on the R.

Video: bilateral thighs with livedo reticularis; small purpuric papules; R 3rd & 4th toes dusky.
BMI 29.4.

A: livedo + painful purpura after catheterization - cholesterol emboli vs ?calciphylaxis.
P: derm bx, CBC w/ eos, Ca/phos/PTH.
S. Abernethy MD
"""),
("2019-05-02", "Telehealth Video Visit", """
Video f/u.
Bx 4/24 (R thigh): cholesterol clefts in small arteries - atheroembolic disease. Vessel walls free of calcium; nothing to suggest calciphylaxis.
Eosinophils 9%. Calciphylaxis ruled out.
Plan: statin, aspirin, wound care for toes, vascular surgery f/u.
S. Abernethy MD
"""),
("2019-05-20", "Patient Portal Message", """
Subject: toes
my toes look a bit better, less blue. thigh mottling is about the same. still on my insulin same as before. do I still need to see vascular on the 28th?

---Reply (S. Abernethy MD)---
Yes please keep that appointment - they will check the circulation in your legs.
"""),
]}

N19 = {"patient_id": "N19", "age": 45, "sex": "F", "notes": [
("2022-05-16", "Patient Portal Message", """
Subject: question - brother had calciphylaxis
Hi Dr. Kessler,
My brother Rafael passed in 2017, he was on dialysis and had calciphylaxis on his legs. I have type 1 diabetes (pump) and my kidneys are ok at last check. Last weekend I scraped the back of my left hand on the rose bushes and its a little red. Should I be worried about getting what he had?
Lucia
"""),
("2022-05-18", "Telehealth Video Visit", """
Video visit. Pt at work (private office). Consent given.
45 F, T1DM on insulin pump (A1c 7.2), CKD 2 with microalbuminuria (eGFR 78). No anticoagulants. BMI 24.6.
FHx: brother with ESRD on HD had calciphylaxis, died 2017.

Video: L dorsal hand, superficial linear abrasion ~3 cm healing, mild pink around it. No necrosis, no purpura.
A/P: healing abrasion. No signs of calciphylaxis, and her risk is low with preserved kidney function. Reassured.
Wash with soap, petroleum jelly, call for spreading redness.
N. Kessler MD
"""),
]}

N20 = {"patient_id": "N20", "age": 39, "sex": "M", "notes": [
("2025-01-13", "Patient Portal Message", """
Subject: calciphylaxis worry
Hey, I start PD training next week. Read online about calciphylaxis and that shots can cause it. Will I have to do heparin shots? And is it ok to use our hot tub? I dont want to get those black wounds.
Caleb O.
"""),
("2025-01-15", "Phone Call - PD Nurse", """
Returned pt's portal msg by phone.
Explained calciphylaxis is uncommon; risk is higher with high phosphate/calcium, warfarin, obesity and diabetes. He has no diabetes and isn't on warfarin. Heparin is added into the PD bags only when needed, not injected under the skin.
Hot tub: avoid very hot soaks with a fresh exit site, and generally keep temps moderate.
Told him to call for any new painful dark skin areas.
ESRD 2/2 IgA nephropathy; BMI 30.5.
E. Moreau RN
"""),
("2025-03-03", "Telehealth Video Visit", """
PD clinic video visit. Pt at home.
On CCPD since late Jan, tolerating. Phos 5.8.
Skin: pt shows abdomen and legs on camera - intact, no discoloration, no wounds.
Reviewed calciphylaxis warning signs again at pt request. No lesions.
BMI 30.5. Plan: binder adjust, f/u 1 mo.
R. Danforth MD
"""),
]}

PATIENTS = [N15, N16, N17, N18, N19, N20]
