"""probe200 corpus notes, B15-B20 (vascular surgery / limb salvage and the clinics around them; all invented)."""

B15 = {"patient_id": "B15", "age": 75, "sex": "M", "notes": [
("2019-01-08", "Vascular Surgery Clinic", """
VASCULAR SURGERY CLINIC    1/8/19
75M w/ ESRD (eGFR 8) managed conservatively - he has said no to dialysis more than once.
Atrial fib -> warfarin, INR today 2.4. No diabetes. Ex-smoker.
CC: L foot pain at night x 2 months. Since mid-December he tucks a hot-water bottle on top of
his L foot each night in bed "to get the blood moving".
Exam: thin, BMI 22.1. L foot cool, no pedal pulses, dependent rubor. Dorsum L foot: tense
2cm blister on a dusky base. R foot intact.
ABI noncompressible; TBI L 0.09, R 0.31. Toe pressure L 11 mmHg.
A/P: L CLTI w/ tissue loss on the dorsum. Stop the hot water bottle today - insensate
ischemic skin. Offer angiogram; he wants a week or two to mull it over, given no dialysis.
"""),
("2019-01-22", "Nephrology Conservative Kidney Management Clinic", """
CKM clinic (nephrology) - Jan 22, 2019
75M, ESRD managed without dialysis by his choice; reviewed again today, still declines.
Vascular note reviewed. The blister over the dorsal L foot has turned into a black eschar,
2.5x2cm, w/ a violaceous, mottled rim; very painful.
Labs: K 5.4 / bicarb 17 / PTH 410pg/mL / Ca 9.4mg/dL / phos 6.8 / Hb 9.1
BMI 22.1
A/P: dorsal L foot necrosis: burn on ischemic skin vs ischemic necrosis vs calciphylaxis -
ESRD + warfarin, so calciphylaxis can't be excluded. Bx would not heal at that spot; he
declines it. Discussed switching warfarin - he prefers to stay on it.
"""),
("2019-02-05", "Vascular Surgery Clinic", """
VASC SURG   02/05/2019
L dorsal foot eschar now 3x2.5cm, dry, skin around it not red. Rest pain worse.
Long talk w/ pt and his son. He does not want angiography or amputation; goals are comfort
and staying at home.
Possible calciphylaxis still on the list alongside an ischemic/thermal wound - no biopsy,
no imaging, and no plans to pursue it.
Plan: hospice referral (home), betadine to the eschar, foot cradle, oxycodone per palliative.
Hot water bottle gone. Warfarin continued per his wishes.
"""),
]}

B16 = {"patient_id": "B16", "age": 66, "sex": "F", "notes": [
("2021-03-03", "Access Surgery Operative Note", """
DIALYSIS ACCESS SURGERY - OP NOTE   03/03/2021
Procedure: R upper arm brachial-to-axillary AV graft, 6 mm PTFE, straight
configuration.
Incisions: transverse R antecubital incision for the brachial anastomosis; longitudinal
incision in the R axilla for the axillary vein; tunneler passed through a 2 cm
counter-incision on the medial R upper arm, mid-third.
Skin: absorbable subcuticular suture then skin glue.
Good thrill at the end; radial pulse 2+, hand warm.
Hx: ESRD, HD for now by R internal jugular tunnelled catheter, L arm veins used up;
DM2 on insulin; hypertension. BMI 30.6.
Plan: cannulate in 2-3 wks; keep catheter until then.
"""),
("2021-03-30", "Access Clinic Follow-up", """
ACCESS CLINIC f/u   3/30/21
66F, 4 wks after R upper arm AV graft.
Graft: strong thrill, bruit continuous. Not yet cannulated.
c/o sharp burning along the inner R upper arm for ~10 days.
Exam: around the healed medial upper arm counter-incision, two violaceous retiform plaques,
3 cm and 2 cm, firm, one w/ a dusky center. Antecubital and axillary incisions healed.
Hand warm, radial 2+, DBI 0.82, no steal symptoms.
BMI 30.6. Glucose log 150-240 on insulin.
A/P: steal unlikely. ?calciphylaxis vs graft infection tracking to the skin vs post-op
hematoma organizing. Derm + ID input. Hold cannulation.
"""),
("2021-04-13", "Dermatology Consult", """
Derm consult  13-Apr-2021
66 yo woman on HD, R upper arm AV graft placed 3/3/21.
Lesions: medial R upper arm, at the tunneling counter-incision, 2 purpuric plaques w/ early
eschar; no other skin lesions.
Favor calciphylaxis, but graft infection with skin involvement is not excluded. Bx deferred -
vascular does not want a wound over the graft. Blood cx neg, WBC 8.0.
Plan: empiric STS w/ HD, cefazolin w/ HD for 2 wks per ID. Next week she relocates to
Flagstaff to live w/ her son; records sent to the receiving nephrologist, no follow-up here.
"""),
]}

B17 = {"patient_id": "B17", "age": 59, "sex": "F", "notes": [
("2022-09-15", "Vascular Surgery Discharge Summary", """
D/C SUMMARY - Vascular   09/15/2022
59F, ESRD on CCPD, AF (new), not diabetic.
Admitted 9/10 w/ acute R leg ischemia (Rutherford IIa). 9/11/22: R popliteal + tibial
embolectomy via below-knee popliteal exposure; fasciotomy not needed.
Source: AF w/ LA thrombus on TEE.
Anticoagulation: enoxaparin, renally dosed, one SC shot a day from 9/12 until cardiology picks
a long-term agent. Pt taught self-injection, uses the front of both thighs.
BK incision R medial calf clean, staples.
Vitals: BP 128/70, HR 82 (rate controlled on metoprolol). BMI 27.3.
D/C home 9/15, PD resumed.
"""),
("2022-10-11", "Vascular Surgery Clinic Follow-up", """
Vasc clinic 10/11/22
59F 4 wks s/p R popliteal embolectomy. R foot warm, DP 2+. BK incision healed.
New: painful firm purple plaques on her L anterior thigh starting ~Oct 1, right where the
enoxaparin needle has been going in. R thigh sites fine.
Exam: L anterior thigh, 3 plaques 1.5-3 cm, violaceous, indurated, one w/ a dusky necrotic
center; no fluctuance.
Plt 245 (stable). BMI 27.3.
A/P: DDx - necrosis from the enoxaparin itself / calciphylaxis / injection hematomas. Derm
for bx. Cardiology: switch to apixaban now - no more injections.
"""),
("2022-10-27", "Dermatology Consult", """
DERMATOLOGY   10/27/2022
59 yo F on PD; plaques on the L anterior thigh since about Oct 1, at enoxaparin injection
sites (stopped 10/12, now apixaban).
Bx 10/14 (shave, superficial): dermal hemorrhage, no vasculitis; specimen too shallow to
show subcutaneous vessels.
Impression: concern for calciphylaxis remains - can neither confirm nor exclude it on this
sample; enoxaparin necrosis also possible.
Offered to go deeper w/ an incisional sample - she refuses ("no more cutting"). She will follow
with her nephrologist at the satellite PD unit. Not diabetic.
"""),
]}

B18 = {"patient_id": "B18", "age": 73, "sex": "M", "notes": [
("2023-02-07", "Peripheral Angiogram Procedure Note", """
AORTOGRAM + BILAT LE RUNOFF - procedure note  02/07/2023
Indication: bilat short-distance claudication, ABI R 0.62 / L 0.70.
Access: R common femoral, retrograde, 5Fr; catheter taken over the bifurcation for L runoff.
Findings: shaggy, heavily calcified infrarenal aorta w/ mural thrombus; bilat SFA
moderate disease, 2-vessel runoff each side. No intervention - plan medical mgmt + SET.
Closure: manual hold, hemostasis, bedrest 4 h.
Contrast: 65 mL iodixanol (HD scheduled tomorrow anyway). Fluoro time 9.4 min.
PMH: ESRD on HD TuThSa (L AVF), DM2 on glipizide, HTN, HLD.
BMI 28.0.
"""),
("2023-02-21", "Limb Salvage Clinic Follow-up", """
LIMB SALVAGE f/u   2/21/23
73M, 2 wks after diagnostic aortogram.
About a week after the study both feet turned blotchy purple; 2nd-4th toes on both sides now
blue and painful.
Exam: livedo reticularis on both feet and lower legs, blue toes bilat, L third toe w/ a small
dry necrotic tip. Pedal doppler signals present. R groin access healed.
Labs: eos 9% (was 2%), Cr at HD baseline, ESR 62, complement low-normal.
BMI 28.0
A/P: ?atheroembolism after aortic manipulation vs calciphylaxis (HD pt). Derm bx of the livedo.
Started high-intensity statin; no anticoagulation.
"""),
("2023-03-02", "Dermatology Consult", """
Derm   03/02/2023
Path (punch L lower leg livedo, 2/23): needle-shaped cholesterol clefts plugging small
arterioles at the dermis/fat border; no mural calcium (von Kossa stain negative).
Impression: the 2/7 angiogram showered cholesterol emboli - atheroembolic disease. We have
ruled out calciphylaxis.
Exam today: L third toe tip dry and black, 5 mm; livedo fading on both legs; no retiform
purpura, no plaques on thighs or trunk. Eosinophils down to 8%.
Plan: statin, pain control, toe wound care; limb salvage agrees - no anticoagulation, toe
tip may autoamputate. DM2 on oral agent only.
"""),
]}

B19 = {"patient_id": "B19", "age": 52, "sex": "F", "notes": [
("2024-05-14", "Vascular Surgery New Patient", """
VASCULAR SURGERY - NEW PATIENT   05/14/2024
52F, T1DM diagnosed at 11, now on a pump; CKD stage 3a (eGFR 54, not on dialysis); HTN;
obesity.
CC: L calf cramping after ~3 blocks, eases w/ rest.
FHx: Lorna (big sister) - dialysis, then calciphylaxis; it killed her in 2019; pt very
anxious it "runs in the family".
Exam: BP 138/78. BMI 31.0. Femoral pulses 2+; L popliteal 1+, pedals faint. Skin of both legs
and feet intact, no ulcers, no discoloration.
ABI 0.96 right, 0.74 left; TBI L 0.51.
A/P: L SFA disease, mild claudication. Supervised exercise; start cilostazol (eGFR allows).
Reassured: stage 3a CKD is a long way from her sister's situation.
"""),
("2024-06-18", "Vascular Lab Follow-up", """
NIVL + brief visit   6/18/24
L leg arterial duplex: distal L SFA 50-74% stenosis, PSV 262 cm/s; popliteal and tibials
patent.
ABI L 0.76.
Walking 30 min 3x/wk; claudication distance longer.
Skin looked over at her request: legs and trunk without rash, sore or purpura.
84kg, BMI 31.0.
LDL 64 on atorvastatin 40. Podiatry visit booked; diabetic foot care reviewed w/ her, incl.
daily mirror checks of the soles and well-fitting shoes for the walking program.
Still anxious about her sister's illness - offered to re-examine her skin at every visit.
Plan: continue SET and statin; recheck 6 mo. Insulin pump per endocrinology.
"""),
]}

B20 = {"patient_id": "B20", "age": 67, "sex": "M", "notes": [
("2025-09-09", "Dialysis Access Clinic", """
ACCESS CLINIC   09/09/2025
67M, in-center HD (MWF) by L radiocephalic AVF (made 2021).
Access duplex: flow volume 980 mL/min, no stenosis, vein diameter 7 mm at cannulation zone.
New AF on last month's Holter. Cardiology asked our opinion re anticoagulant.
Discussion: in HD patients warfarin has been linked to calciphylaxis and vascular
calcification; we would prefer apixaban. Pt and wife counselled that warfarin could raise his
chance of calciphylaxis - they agree to apixaban.
PMH: HTN, obesity, gout. Not diabetic (A1c 5.4).
Vitals: BP 134/76, BMI 29.8.
Skin: intact on both arms and legs.
"""),
("2025-10-14", "Nephrology HD Clinic", """
HD monthly review   Oct 14 2025
67M, stable on HD. Apixaban 2.5mg bid since 9/16 (cardiology); warfarin was
considered but never started.
Labs: Hb 11.4 / alb 3.9 / PTH 310pg/mL / Ca 9.2mg/dL / phos 5.1
Skin survey today: no skin lesions suggestive of calciphylaxis; legs and abdomen clear.
Wt stable, BMI 29.8; obesity noted in problem list.
K 4.8, spKt/V 1.52, dry weight holding at 96.0kg. No cramps, no intradialytic hypotension
this month. Wife asks about travel dialysis for a December trip to Duluth - social work to
arrange a guest chair.
Plan: continue binder, cinacalcet 30 mg; access fine.
"""),
]}

PATIENTS = [B15, B16, B17, B18, B19, B20]
