"""probe147 corpus notes, C15-C20 (telehealth, portal messages and the clinics around them; all invented)."""

C15 = {"patient_id": "C15", "age": 77, "sex": "F", "notes": [
("2022-10-11", "Patient Portal Message", """
Patient Message 10/11/2022 3:26 PM
Subject: lumps on belly

Hello, this is Edna. I have some hard tender lumps in my stomach skin, the spots I use
for my insulin shots,
both sides under the belly button. One on the right is turning purple and it hurts when
my dialysis fluid is in. I have been doing the shots there for about 10 years. Photo
attached, my grandson took it. Should I make an appointment?

-- Reply 10/11/2022 4:50 PM (home PD RN, K. Varga) --
Hi Edna, we got the photo. Dr. Pruitt will see you by video on 10/18. Until then please
inject in your upper arms instead of your belly, and phone the unit for fever or cloudy
fluid.
"""),
("2022-10-18", "Video Visit - Nephrology (PD)", """
PD CLINIC - VIDEO VISIT   Consent verbal; grandson assisting.

77F, 3 yrs on the cycler (ESRD from diabetes); T2DM - NPH bid, always shot
into the lower abdomen, ~10 yrs; HTN, hypothyroidism. Not on warfarin.
Self-reported wt 78 kg, ht 160 cm, BMI 30.5 - obese.

On camera: firm, rubbery nodules R and L lower abdomen, in her injection
zones; one on the R, ~2 cm, with a violaceous, livedoid border and tenderness. No eschar,
no drainage. PD exit site (L upper abdomen) clean.
Labs 10/10 - phos 6.6 (high), corrected Ca 9.6, iPTH 560, albumin 3.1.

A: painful nodules in the injection areas. Could be insulin lipohypertrophy that has
undergone fat necrosis, or early calciphylaxis - video cannot separate them.
P: derm in person for deep biopsy; rotate insulin to thighs/arms; phos control; recheck
photos weekly.
"""),
("2022-11-08", "Telephone Encounter", """
TELEPHONE ENCOUNTER - home PD unit, 11/08/2022

Spoke w/ pt and son (Darnell). Pt declines the skin biopsy ("I'm done being poked, honey")
and cancelled the derm appt. The purple nodule on the R lower abdomen is unchanged per son,
no opening. She moves in with her son in Tacoma on 11/28 and will
transfer PD care to a unit there; referral packet, last labs and photos sent with her
consent.

Summary for receiving unit: R lower abdominal nodule where she injects insulin - possible
early calciphylaxis, never biopsied, unconfirmed; the other candidate is fat necrosis in
lipohypertrophy. Suggest biopsy if it ulcerates. BMI 30.5 on 10/18.
"""),
]}

C16 = {"patient_id": "C16", "age": 82, "sex": "M", "notes": [
("2024-09-05", "Video Visit - Kidney Supportive Care", """
KIDNEY SUPPORTIVE CARE - VIDEO VISIT
Pt in his recliner, daughter Ilse (HCPOA) on the call. Consent verbal. Interpreter not
needed.

82 y/o M with ESRD (eGFR 9, creat 6.4), conservative kidney management - he has
declined dialysis after several discussions, goals are comfort and time at home. AFib on
warfarin, CHF, gout, BPH. No diabetes.
Wt 66 kg (home scale), BMI 22.8.

Daughter turns the phone to a dark spot on his L shin, extremely painful, that appeared
"a week or so ago"
after no injury they know of. On video: ~3 cm dusky purple area, black in the center,
purple net-like edge.

Plan: daughter to upload close-up photos; dermatology e-consult; INR check tomorrow (last
3.3); acetaminophen 650 q8h, lidocaine 4% patch beside the sore, never over it.
"""),
("2024-09-12", "E-Consult - Dermatology", """
E-CONSULT RESPONSE (dermatology)  Requesting: kidney supportive care

Question: 82M, ESRD on conservative care (no dialysis), on warfarin, painful necrotic L
shin lesion x ~2 wks. Differential? Is biopsy worthwhile given goals?

Reviewed: 4 photos 9/6 and 9/10, med list, labs (phos 6.9, Ca 9.1, iPTH 410; INR 3.3).

Response: Stellate 3.5 cm necrotic ulcer, L anterior shin, with purpuric rim and livedo.
Differential: calciphylaxis (ESRD, warfarin, hyperphosphatemia), warfarin-induced skin
necrosis (odd after years on the drug), arterial ulcer, vasculitis. Only an
incisional biopsy would settle it; reasonable to forgo if it would not change care given
goals. If treated empirically, STS is an option even off dialysis.
Time: 20 min, 99451.
"""),
("2024-10-01", "Hospice Admission Note", """
HOME HOSPICE - ADMISSION NURSING ASSESSMENT

Dx: ESRD without dialysis (terminal dx), CHF. 82M.
After talks with derm and nephrology, pt and daughter chose not to biopsy the ulcer on
the L shin; warfarin stopped 9/20 to simplify care.

Skin: L anterior shin ulcer 4cm x 3cm - black eschar, purple rim, painful to touch; referral
lists it as "suspected calciphylaxis, arterial ulcer possible - no biopsy done." Sacrum and
heels intact.
Pain 6/10 -> oral morphine solution 2.5mg every 4h as needed (renal caution), dressing:
Xeroform + foam q3d.

Vitals: BP 108/62, HR 88 irreg, RR 18, SpO2 94% RA. Wt 64 kg.
Plan: RN visits 2x/wk, aide 3x/wk, chaplain offered.
"""),
]}

C17 = {"patient_id": "C17", "age": 59, "sex": "F", "notes": [
("2018-05-15", "E-Consult - Dermatology", """
E-CONSULT  From: Dr. H. Lund (nephrology)  To: dermatology

Question: 59F on HD 3 yrs (lupus nephritis), obesity (BMI 36.4), no DM, not on warfarin.
For ~1 month: purple net-like mottling over both thighs with a few tender lumps under the
skin. Photos x 4 uploaded. Calciphylaxis? Lupus-related? What workup?

Response (derm, 5/16/18):
Photos: broken livedo racemosa over the bilateral anterior and lateral thighs with three
1-2 cm subcutaneous nodules, no ulcer or eschar.
Differential: early calciphylaxis, cutaneous polyarteritis / lupus vasculopathy, livedoid
vasculopathy, antiphospholipid syndrome.
Recommend: in-person deep punch or incisional biopsy of a nodule; aPL panel, C3/C4,
dsDNA, cryoglobulins. Time: 15 min.
"""),
("2018-06-01", "Dermatology Clinic Note", """
DERMATOLOGY - results visit (in person)

59F HD, SLE. Bilateral thigh livedo and nodules.
Bx 5/24 (6 mm punch, L lateral thigh nodule): septal and lobular panniculitis with mild
perivascular inflammation; von Kossa negative; no vessel calcification in the sample. The
specimen contains little deep fat.
aPL negative, C3 low-normal, dsDNA mildly positive.

Assessment: nondiagnostic biopsy. Early calciphylaxis cannot be excluded because the
sample was superficial; lupus panniculitis is also possible.
Plan: offered deep incisional (wedge) biopsy - she will let us know. Nephrology to
tighten phos control. Rheum referral.
BP 142/88, wt 98.5 kg, BMI 36.2.
"""),
("2018-06-26", "Telephone Encounter", """
TELEPHONE NOTE - derm nurse line, 06/26/2018

Pt called back about the wedge biopsy: she declines for now, says the thighs are "about the
same, still sore." She is relocating to her sister's in Santa Fe next week and will transfer
HD to a unit there; asked for records.

Records released. Summary in letter: livedo racemosa and tender nodules of both thighs;
punch bx nondiagnostic; possible early calciphylaxis vs lupus panniculitis, not resolved;
deep biopsy recommended at new location; rheum f/u advised.
Gave counselling: report any open sores right away.
"""),
]}

C18 = {"patient_id": "C18", "age": 70, "sex": "M", "notes": [
("2021-04-20", "Cardiac Catheterization Report", """
CARDIAC CATH LAB REPORT  04/20/2021
Indication: NSTEMI, troponin peak 2.1. ESRD on HD (MWF; dialyzed yesterday), HTN, HLD.
Access: R common femoral artery, 6 Fr, modified Seldinger, US guided.
Procedure: LHC, selective coronary angiography; no LV gram (contrast sparing, 40 mL).

Findings: LM 30%; LAD 90% proximal; LCx 80% mid; RCA 95% mid, calcified. Diffuse
atheroma of the abdominal aorta on sheath insertion; catheter exchange somewhat difficult.
Closure: manual pressure 20 min, hemostasis.
Plan: surgical consult for CABG; heparin drip, ASA, high-intensity statin.
Wt 77 kg, BMI 25.5.
"""),
("2021-05-04", "Video Visit - Nephrology", """
NEPHROLOGY - VIDEO FOLLOW-UP (from HD chair, unit RN assisting)

70M ESRD on HD, 3VD awaiting CABG decision; cath 4/20 via R femoral.
Since ~4/27: painful bluish R 3rd and 4th toes and lacy purple mottling of the R foot and
lower leg. No open sores. On camera: livedo reticularis R foot to mid-shin, dusky toes, cap
refill slow. L foot normal.
Labs 5/3: eosinophils 9% (AEC 810); sed rate 62; Ca 8.8; PO4 5.2; PTH 310.

A: ?cholesterol emboli after cath vs calciphylaxis (less likely: PTH/phos ok, acral) vs
arterial thrombosis. Pt is not diabetic; never on warfarin.
P: arterial duplex, derm in person for punch bx, hold further contrast.
"""),
("2021-05-12", "Dermatology Consult", """
DERMATOLOGY CONSULT

R foot and leg livedo with dusky toes after femoral catheterization 4/20.
Punch bx 5/7, R lateral ankle livedo: biconvex, needle-shaped clefts occluding small
arterioles. Nothing calcified in the walls; vK negative.

Impression: atheroembolic disease (cholesterol crystal emboli) after the cath. The
histology rules out calciphylaxis; no further workup for it is needed.
Plan: statin (already), no anticoagulation for this, toe care and padding, pain control;
vascular surgery aware; CABG planning can continue. Renal: anuric already, so no residual
function left to protect from atheroemboli.
BP 134/72, BMI 25.5.
"""),
]}

C19 = {"patient_id": "C19", "age": 44, "sex": "F", "notes": [
("2025-02-10", "Patient Portal Message", """
Portal message  02/10/2025 21:18
To: Nephrology NP
Subject: question about my brother's disease

Hi Ms. Oduya. My brother Tomas passed away in November, he was on dialysis and the last
year he had calciphylaxis on his legs that never healed. I keep reading about it. Can I
get it too? Is it in families? I take a calcium pill for my bones, should I stop it?
My skin is fine, no sores.

-- Reply 02/11/2025 (A. Oduya, NP) --
I'm so sorry about Tomas. Calciphylaxis is not an inherited disease and it is very rare
at your level of kidney function (stage 3). Please keep your calcium for now; we will go
over it at the 3/3 video visit and check your labs the week before.
"""),
("2025-03-03", "Video Visit - Nephrology", """
NEPHROLOGY VIDEO VISIT   pt joins from her office on lunch break, consents

44F CKD 3a (eGFR 52, UACR 180) from diabetic kidney disease; type 1 DM (dx at 11), uses
a tubeless insulin pump (pods rotated over abdomen/flanks), HTN. Not on dialysis.
Family hx: brother with ESRD died 11/2024, had calciphylaxis.
Labs 2/24 - calcium 9.4, phosphorus 3.6, PTH 58, vit D 31, A1c 7.2.
Home BP 126/78. Wt 74.8 kg, BMI 27.5.
Skin: denies sores; legs and abdomen shown on camera - normal.

A/P: CKD 3a stable. Her own risk of calciphylaxis is very low; reassured. Stop calcium
carbonate (not needed, normal Ca). Continue lisinopril, start empagliflozin 10 mg.
Labs q6 mo.
"""),
]}

C20 = {"patient_id": "C20", "age": 53, "sex": "M", "notes": [
("2017-12-05", "Telephone Encounter - Dialysis RN Education", """
PHONE CALL - Northgate Dialysis, primary RN
Pt called between treatments asking whether a plug-in heating pad for his low back
overnight is ok (chronic LBP since a lifting injury 2009).

Education given: people on dialysis can develop calciphylaxis, a rare, painful skin and fat
vessel disease, and repeatedly heating, icing or injecting one patch of skin may set it
off -
advised no heating pad directly on the skin, no sleeping on it, use a warm shower or
stretching, and tell us about any painful new dark spots right away. Pt verbalized
understanding, "I haven't used one yet, I'll skip it." Skin reviewed at last tx: intact.
Will mention back pain to Dr. Quist for PT referral.
"""),
("2017-12-19", "Video Visit - Nephrology", """
NEPHROLOGY - MONTHLY VIDEO ROUNDING (pt in chair at Northgate Dialysis)

53M ESRD (HTN nephrosclerosis) on HD TTS via R AVF; prediabetes (A1c 6.0; no diabetes
meds); new
paroxysmal AFib found on 12/12 ECG, CHA2DS2-VASc 2.
Pre-tx BP 158/94, wt 102.3 kg, BMI 30.2.
Labs 12/14: spKt/V 1.45; albumin 4.0; calcium 9.2 / phosphorus 5.5; PTH 380; Hgb 11.1.

Anticoagulation: warfarin discussed and not started; chose apixaban 5 mg bid (HD dosing
per cardiology).
Skin: no wounds per RN check today; no calciphylaxis concerns.
LBP: PT referral, no heating pad per RN education.
Plan: EDW 100.5, continue sevelamer 1600 tid.
"""),
]}

PATIENTS = [C15, C16, C17, C18, C19, C20]
